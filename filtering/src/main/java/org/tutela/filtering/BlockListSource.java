package org.tutela.filtering;

import java.io.IOException;

/** Loads the block lists a bundle points at. */
@FunctionalInterface
public interface BlockListSource {

    BlockLists load(PolicyBundle.Lists lists) throws IOException;
}

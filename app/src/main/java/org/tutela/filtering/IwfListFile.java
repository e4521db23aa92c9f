package org.tutela.filtering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The IWF list file Tutela's own filter is configured to load ({@code tutela.filtering.iwf}), as supporting evidence
 * for the technical register: the school's IWF membership is still a recorded fact with a date (PROC-IIOC-08).
 */
@Component
public class IwfListFile {

    /** The file the enforcement points load, and when it last changed. */
    public record Loaded(String file, Instant updatedAt) {
    }

    private final FilteringProperties properties;

    IwfListFile(FilteringProperties properties) {
        this.properties = properties;
    }

    /** The configured list, when there is one and the file is there to be read. */
    public Optional<Loaded> loaded() {
        var configured = properties.iwf();
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        try {
            var file = Path.of(configured);
            if (!Files.isRegularFile(file) || !Files.isReadable(file) || Files.size(file) == 0) {
                return Optional.empty();
            }
            return Optional.of(new Loaded(configured, Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}

package org.tutela.school;

public record Trust(TrustId id, String name) {
}

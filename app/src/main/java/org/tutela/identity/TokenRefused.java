package org.tutela.identity;

/** A token that cannot be created as asked, with the reason in words the person can act on. */
class TokenRefused extends RuntimeException {

    TokenRefused(String message) {
        super(message);
    }
}

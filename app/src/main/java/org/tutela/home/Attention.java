package org.tutela.home;

/** One part of a home page: a heading, and what to say while there is nothing in it. */
record Attention(String heading, String whenEmpty) {
}

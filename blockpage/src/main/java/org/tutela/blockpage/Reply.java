package org.tutela.blockpage;

/** What the interceptor answers: a status, where to go (for a redirect, else null) and a small HTML page. */
record Reply(int status, String reason, String location, String html) {

    static Reply redirect(String location) {
        var escaped = escape(location);
        return new Reply(302, "Found", location, page("Blocked",
                "This site is blocked. <a href=\"" + escaped + "\">Find out why</a>."));
    }

    static Reply badRequest() {
        return new Reply(400, "Bad Request", null, page("Bad request", "This request could not be read."));
    }

    /** A request for the block page's own host: sending it to the block page would only bring it back here. */
    static Reply notTheBlockPage() {
        return new Reply(421, "Misdirected Request", null, page("Not the block page",
                "This is Tutela's block page interceptor, not the block page. Check that the block page's own name"
                        + " is not answered with this address."));
    }

    private static String page(String title, String paragraph) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body><p>" + paragraph + "</p></body></html>\n";
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

package org.modelcards.core.format;

import java.util.regex.Pattern;

/**
 * The RFC 3986 syntax of a URI (section 3, the {@code URI} rule: scheme, hierarchical part, query,
 * fragment), checked strictly, for schemas whose values say {@code format: uri}. Writers and tests
 * share it, so what a writer emits as a URI is what a schema validator accepts.
 *
 * <pre>{@code
 * Rfc3986.isUri("https://arxiv.org/abs/1810.03993");   // true
 * Rfc3986.isUri("A++:!!#[");                            // false: "[" is not allowed in a fragment
 * }</pre>
 *
 * <p>{@code java.net.URI} is not used because it follows the older RFC 2396 and accepts characters
 * RFC 3986 does not (such as "[" outside a host).
 */
public final class Rfc3986 {
    private static final String PCT = "%[0-9A-Fa-f]{2}";
    private static final String UNRESERVED_SUB = "A-Za-z0-9\\-._~!$&'()*+,;=";
    private static final String PCHAR = "(?:[" + UNRESERVED_SUB + ":@]|" + PCT + ")";
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");
    private static final Pattern USERINFO = Pattern.compile("(?:[" + UNRESERVED_SUB + ":]|" + PCT + ")*");
    private static final Pattern REG_NAME = Pattern.compile("(?:[" + UNRESERVED_SUB + "]|" + PCT + ")*");
    private static final Pattern PORT = Pattern.compile("[0-9]*");
    private static final Pattern IP_FUTURE = Pattern.compile("[vV][0-9A-Fa-f]+\\.[" + UNRESERVED_SUB + ":]+");
    private static final Pattern PATH_ABEMPTY = Pattern.compile("(?:/" + PCHAR + "*)*");
    /** path-absolute, path-rootless and path-empty together: what may follow the scheme without "//". */
    private static final Pattern PATH_NO_AUTHORITY = Pattern.compile("/?(?:" + PCHAR + "+(?:/" + PCHAR + "*)*)?");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("(?:" + PCHAR + "|[/?])*");
    private static final Pattern HEX16 = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private Rfc3986() {
    }

    /** Whether {@code text} is a URI as RFC 3986 defines one: with a scheme, so absolute (a fragment is allowed). */
    public static boolean isUri(String text) {
        if (text == null) {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon < 1 || !SCHEME.matcher(text.substring(0, colon)).matches()) {
            return false;
        }
        String rest = text.substring(colon + 1);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            if (!QUERY_OR_FRAGMENT.matcher(rest.substring(hash + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            if (!QUERY_OR_FRAGMENT.matcher(rest.substring(question + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, question);
        }
        return isHierPart(rest);
    }

    private static boolean isHierPart(String part) {
        if (!part.startsWith("//")) {
            return PATH_NO_AUTHORITY.matcher(part).matches();
        }
        String afterSlashes = part.substring(2);
        int slash = afterSlashes.indexOf('/');
        String authority = slash < 0 ? afterSlashes : afterSlashes.substring(0, slash);
        String path = slash < 0 ? "" : afterSlashes.substring(slash);
        return isAuthority(authority) && PATH_ABEMPTY.matcher(path).matches();
    }

    private static boolean isAuthority(String authority) {
        String hostPort = authority;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            if (!USERINFO.matcher(authority.substring(0, at)).matches()) {
                return false;
            }
            hostPort = authority.substring(at + 1);
        }
        String host = hostPort;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = hostPort.substring(0, close + 1);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return false;
                }
                port = after.substring(1);
            }
            String literal = host.substring(1, host.length() - 1);
            return (isIpv6(literal) || IP_FUTURE.matcher(literal).matches()) && PORT.matcher(port).matches();
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        // an IPv4 address is also a reg-name, so the reg-name rule covers both
        return REG_NAME.matcher(host).matches() && PORT.matcher(port).matches();
    }

    /** RFC 3986's IPv6address: eight 16-bit groups (the last two may be an IPv4 address), "::" standing for one or more zero groups. */
    static boolean isIpv6(String text) {
        int compression = text.indexOf("::");
        if (compression >= 0 && text.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        if (compression < 0) {
            return groups(text, true) == 8;
        }
        String head = text.substring(0, compression);
        String tail = text.substring(compression + 2);
        int before = head.isEmpty() ? 0 : groups(head, false);
        int after = tail.isEmpty() ? 0 : groups(tail, true);
        return before >= 0 && after >= 0 && before + after <= 7;
    }

    /** The number of 16-bit groups in {@code text} (an IPv4 end counts two), or -1 if it is not a list of them. */
    private static int groups(String text, boolean ipv4AtEnd) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && ipv4AtEnd && IPV4.matcher(parts[i]).matches()) {
                count += 2;
            } else if (HEX16.matcher(parts[i]).matches()) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }
}

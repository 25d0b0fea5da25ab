package cricket.server.account;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies (addresses or CIDR ranges, from {@code TRUSTED_PROXIES}) whose {@code X-Forwarded-For} is believed.
 * A request's client is its socket's address; only when that socket is a trusted proxy, the right-most address of
 * the header that is not itself a trusted proxy (the left-most entries are whatever the client chose to send).
 */
public final class TrustedProxies {
    private final List<Range> ranges;
    private final String text;

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private TrustedProxies(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of(), "");
    }

    /** {@code "10.0.0.5, 172.28.0.0/16, ::1"}; blank for none. Only literal addresses: no host name is resolved. */
    public static TrustedProxies parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return none();
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : raw.split(",")) {
            String entry = part.trim();
            String[] split = entry.split("/", 2);
            byte[] address = literal(split[0]);
            int bits = address == null ? -1 : address.length * 8;
            if (address != null && split.length == 2) {
                try {
                    bits = Integer.parseInt(split[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
            }
            if (address == null || bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException(
                        "TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas (e.g. 172.28.0.10 or"
                                + " 10.0.0.0/8), got \"" + entry + "\"");
            }
            ranges.add(new Range(address, bits));
        }
        return new TrustedProxies(ranges, raw.trim());
    }

    /** The address a login is counted against. */
    public String client(Context ctx) {
        return client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    /** The client of a request from {@code socket} carrying {@code forwardedFor} (null when absent). */
    public String client(String socket, String forwardedFor) {
        if (ranges.isEmpty() || forwardedFor == null || !trusted(socket)) {
            return socket;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                return socket; // a malformed hop: believe nothing left of it
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return socket;
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null for anything else (never a DNS lookup). */
    private static byte[] literal(String text) {
        // Dotted quads, or anything with a colon (a host name has none): getByName then never asks DNS.
        if (text == null
                || !(text.matches("\\d{1,3}(\\.\\d{1,3}){3}") || text.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*"))) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}

package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loopback unless asked: the server has no authentication, so it is not on the network by default. */
class HostOptionTest {

    private static final HttpFunction HI = HttpFunction.raw("hi", 30, "/hi", Set.of(HttpMethod.GET),
            (request, context) -> HttpResponse.ok().text("hi"));

    private static Properties property(String value) {
        Properties properties = new Properties();
        properties.setProperty(HostOption.PROPERTY, value);
        return properties;
    }

    private static InetAddress resolve(Properties properties, String... args) {
        return HostOption.resolve(new ArrayList<>(List.of(args)), properties);
    }

    @Test
    void argumentBeatsPropertyBeatsLoopback() throws Exception {
        assertEquals(InetAddress.getByName("0.0.0.0"), resolve(property("127.0.0.1"), "--host", "0.0.0.0"));
        assertEquals(InetAddress.getByName("0.0.0.0"), resolve(new Properties(), "--host=0.0.0.0"));
        assertEquals(InetAddress.getByName("127.0.0.1"), resolve(property("127.0.0.1")));
        assertEquals(InetAddress.getLoopbackAddress(), resolve(property(" ")));
        assertEquals(InetAddress.getLoopbackAddress(), resolve(new Properties()));
    }

    @Test
    void removesItsOwnArgumentsAndLeavesTheRest() {
        List<String> args = new ArrayList<>(List.of("--port", "9000", "--host", "0.0.0.0"));
        HostOption.resolve(args, new Properties());
        assertEquals(List.of("--port", "9000"), args);
    }

    @Test
    void aBadHostNamesItsSourceAndWhatIsAllowed() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> resolve(new Properties(), "--host", "no such host.invalid")).getMessage();
        assertTrue(message.contains("'no such host.invalid' from --host"), message);
        assertTrue(message.contains("0.0.0.0"), message);
        assertThrows(IllegalArgumentException.class, () -> resolve(new Properties(), "--host"));
        assertTrue(PortOption.USAGE.contains("--host"), PortOption.USAGE);
    }

    @Test
    void listensOnLoopbackByDefaultAndOnEveryInterfaceWhenAsked() throws Exception {
        LocalServer loopback = LocalServer.start(0, List.of(HI));
        try {
            assertTrue(loopback.host().isLoopbackAddress(), loopback.host().toString());
            Optional<InetAddress> external = externalAddress();
            assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
            assertThrows(ConnectException.class, () -> connect(external.get(), loopback.port()).close());
        } finally {
            loopback.stop();
        }
        LocalServer everywhere = LocalServer.start(InetAddress.getByName("0.0.0.0"), 0, List.of(HI), Map.of());
        try (Socket socket = connect(externalAddress().orElseThrow(), everywhere.port());
                RawHttp client = new RawHttp(socket)) {
            assertEquals("hi", client.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n").read().body());
        } finally {
            everywhere.stop();
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsRefusedNamingTheOption() throws Exception {
        InetAddress elsewhere = InetAddress.getByName("192.0.2.1"); // TEST-NET-1, never assigned to a host
        String message = assertThrows(java.io.UncheckedIOException.class,
                () -> LocalServer.start(elsewhere, 0, List.of(HI), Map.of())).getMessage();
        assertTrue(message.contains("192.0.2.1") && message.contains("--host"), message);
        assertThrows(NullPointerException.class, () -> LocalServer.start(null, 0, List.of(HI), Map.of()));
    }

    private static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), 2_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}

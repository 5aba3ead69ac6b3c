package io.portablefn.conformance.deployed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.Target;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.fixtures.Echo;
import io.portablefn.conformance.fixtures.Orders;
import io.portablefn.local.LocalServer;
import io.portablefn.runtime.FunctionIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deployed tier's plumbing, with the local server standing in for a cloud: no test here
 * reaches a real cloud, which is why that tier is opt-in (docs/conformance.md).
 */
class DeployedTargetsTest {

    @Test
    void nothingConfiguredMeansNoTargets() {
        assertTrue(DeployedTargets.from(Map.of("PATH", "/bin")).isEmpty());
    }

    @Test
    void eachLabelIsATargetWithSharedAndPerFunctionUrls() throws Exception {
        LocalServer cloud = LocalServer.start(0, FunctionIndex.load(getClass().getClassLoader()));
        LocalServer other = LocalServer.start(0, FunctionIndex.load(getClass().getClassLoader()));
        String base = "http://127.0.0.1:" + cloud.port() + "/";
        try {
            List<Target> targets = DeployedTargets.from(Map.of(
                    "PORTABLEFN_DEPLOYED_MY_CLOUD_URL", base,
                    "PORTABLEFN_DEPLOYED_MY_CLOUD_URL_CONFORMANCE_ECHO", "http://127.0.0.1:" + other.port(),
                    "PORTABLEFN_DEPLOYED_MY_CLOUD_HEADERS", "X-T-Credential: s3cret\nX-T-Other: two",
                    "PORTABLEFN_DEPLOYED_MY_CLOUD_PROVIDER", "local"));
            assertEquals(1, targets.size());
            Target target = targets.get(0);
            assertEquals("deployed-my-cloud", target.name());
            assertEquals(io.portablefn.api.Provider.LOCAL, target.provider());
            WireResponse echo = target.send(Echo.class, WireRequest.get("/echo/1"));
            assertEquals(200, echo.status(), echo::toString);
            assertTrue(echo.bodyAsString().contains("\"get\":\"s3cret\""), echo::bodyAsString);
            assertFalse(echo.headers().containsKey("date"), "platform headers are left out");
            assertEquals(404, target.send(Orders.class, WireRequest.get("/orders/7")).status());
        } finally {
            cloud.stop();
            other.stop();
        }
    }

    @Test
    void aBadUrlOrHeaderLineIsNamedWithoutShowingItsValue() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> DeployedTargets.from(Map.of("PORTABLEFN_DEPLOYED_AWS_URL", "ftp://x")));
        assertTrue(url.getMessage().contains("PORTABLEFN_DEPLOYED_AWS_URL must be an http or https URL"));
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> DeployedTargets.from(Map.of("PORTABLEFN_DEPLOYED_AWS_URL", "https://x.example",
                        "PORTABLEFN_DEPLOYED_AWS_HEADERS", "token-without-name")));
        assertTrue(header.getMessage().contains("line 1 has no 'Name:'"));
        assertFalse(header.getMessage().contains("token-without-name"));
    }

    @Test
    void theProviderComesFromTheLabelOrItsVariableAndAnUnknownOneIsNamed() {
        assertEquals(io.portablefn.api.Provider.AZURE, DeployedTargets.from(Map.of("PORTABLEFN_DEPLOYED_AZURE_WEST_URL",
                "https://x.example")).get(0).provider());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeployedTargets.from(Map.of("PORTABLEFN_DEPLOYED_EDGE_URL", "https://x.example")));
        assertTrue(e.getMessage().startsWith("Set PORTABLEFN_DEPLOYED_EDGE_PROVIDER to the provider"), e.getMessage());
    }

    @Test
    void aFunctionWithoutAUrlSaysWhichVariableToSet() {
        Target target = DeployedTargets.from(Map.of("PORTABLEFN_DEPLOYED_GCP_URL_OTHER", "https://x.example")).get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> target.send(Echo.class, WireRequest.get("/echo/1")));
        assertTrue(e.getMessage().contains("PORTABLEFN_DEPLOYED_GCP_URL_CONFORMANCE_ECHO"), e.getMessage());
    }
}

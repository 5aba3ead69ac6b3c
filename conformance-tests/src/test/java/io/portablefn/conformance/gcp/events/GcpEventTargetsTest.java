package io.portablefn.conformance.gcp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.Seen;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.conformance.gcp.GcpInvokerTarget;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The in-process GCP event target and the real java-function-invoker tell the same story. */
class GcpEventTargetsTest {

    private static final GcpEventTarget IN_PROCESS = new GcpEventTarget();
    private static final GcpInvokerEventTarget INVOKER = new GcpInvokerEventTarget();
    private static final Instant SENT = Instant.parse("2026-02-03T04:05:06.789Z");

    @AfterAll
    static void close() {
        INVOKER.close();
    }

    /**
     * Delivers on both targets; they must agree on what is redelivered and on what the function
     * saw (relayed from the invoker's JVM), and each error must be ours.
     */
    private static Delivery both(Class<?> function, WireEvent event) throws Exception {
        Delivery real;
        Delivery inProcess;
        List<JsonNode> realViews;
        List<JsonNode> inProcessViews;
        try (Seen.Watch watch = Seen.watch(function)) {
            real = INVOKER.deliver(function, event);
            realViews = reread(watch.views());
        }
        try (Seen.Watch watch = Seen.watch(function)) {
            inProcess = IN_PROCESS.deliver(function, event);
            inProcessViews = reread(watch.views());
        }
        assertEquals(inProcessViews, realViews, "what the function saw");
        assertEquals(real.redelivered(), inProcess.redelivered(), () -> "invoker log:\n" + INVOKER.log(function));
        assertEquals(real.errors().size(), inProcess.errors().size(), () -> real + " / " + inProcess);
        for (int i = 0; i < real.errors().size(); i++) {
            assertTrue(real.errors().get(i).startsWith("HTTP 500\n"), real.errors().get(i));
            assertEquals(real.errors().get(i), "HTTP 500\n" + inProcess.errors().get(i), "what the invoker logs");
        }
        for (String error : real.errors()) {
            assertFalse(error.contains("probe-secret") || error.contains("\tat "), error);
        }
        return inProcess;
    }

    private static List<JsonNode> reread(List<Seen.View> views) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (Seen.View view : views) {
            nodes.add(Json.mapper().readTree(view.fields().toString()));
        }
        return nodes;
    }

    // Re-read, so that numbers compare by value (the view holds a long, the parsed text an int).
    private static JsonNode seen(Seen.Watch watch, int index) throws Exception {
        return Json.mapper().readTree(watch.views().get(index).fields().toString());
    }

    private static WireMessage message(String id, String body) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), Map.of(), null, SENT, null);
    }

    @Test
    void onlyThePoisonMessageIsRedeliveredAndTheDroppedOneIsNot() throws Exception {
        Delivery delivery = both(GcpProbes.Queue.class, new WireEvent.Messages(List.of(message("m-1", "ok"),
                message("m-2", "fail"), message("m-3", "drop"), message("m-4", "ok"))));
        assertEquals(Set.of("m-2"), delivery.redelivered());
        assertEquals(List.of("io.portablefn.gcp.EventFailedException: Function 'gcp-queue-probe' did not handle"
                + " Pub/Sub message m-2; it will be delivered again."), delivery.errors());
    }

    @Test
    void theFunctionSeesEveryFieldOfAPushedMessage() throws Exception {
        WireMessage sent = new WireMessage("m-9", new byte[] {0, (byte) 0xff, 'x'}, Map.of("tenant", "acme"), 4, SENT,
                "key-1");
        try (Seen.Watch watch = Seen.watch(GcpProbes.Queue.class)) {
            assertEquals(Set.of(), IN_PROCESS.deliver(GcpProbes.Queue.class, new WireEvent.Messages(List.of(sent)))
                    .redelivered());
            JsonNode seen = seen(watch, 0);
            assertEquals(Json.mapper().readTree("{\"id\":\"m-9\",\"body\":null,\"bodyBase64\":\"AP94\","
                    + "\"attributes\":{\"tenant\":\"acme\"},\"deliveryCount\":4,\"publishTime\":\"2026-02-03T04:05:06.789Z\","
                    + "\"orderingKey\":\"key-1\"}"), seen);
        }
    }

    @Test
    void storageChangesArriveAsObjectEvents() throws Exception {
        WireEvent.StorageChange created = new WireEvent.StorageChange("s-1", StorageEvent.Kind.CREATED, "gcp-probe",
                "photos/café 1+☕.jpg", 2048L, "CNHZkbuF/ugCEAE=", "image/jpeg", SENT, "1700000000000001");
        WireEvent.StorageChange poisoned = new WireEvent.StorageChange("s-2", StorageEvent.Kind.DELETED, "gcp-probe",
                "poison/x", null, null, null, SENT, null);
        assertEquals(Set.of(), both(GcpProbes.Storage.class, created).redelivered());
        assertEquals(Set.of("s-2"), both(GcpProbes.Storage.class, poisoned).redelivered());
        try (Seen.Watch watch = Seen.watch(GcpProbes.Storage.class)) {
            IN_PROCESS.deliver(GcpProbes.Storage.class, created);
            IN_PROCESS.deliver(GcpProbes.Storage.class, poisoned);
            assertEquals(Json.mapper().readTree("{\"id\":\"s-1\",\"kind\":\"CREATED\",\"bucket\":\"gcp-probe\","
                    + "\"key\":\"photos/café 1+☕.jpg\",\"size\":2048,\"etag\":\"CNHZkbuF/ugCEAE=\",\"contentType\":\"image/jpeg\","
                    + "\"eventTime\":\"2026-02-03T04:05:06.789Z\",\"version\":\"1700000000000001\"}"),
                    seen(watch, 0));
            assertEquals(Json.mapper().readTree("{\"id\":\"s-2\",\"kind\":\"DELETED\",\"bucket\":\"gcp-probe\","
                    + "\"key\":\"poison/x\",\"size\":null,\"etag\":null,\"contentType\":null,"
                    + "\"eventTime\":\"2026-02-03T04:05:06.789Z\",\"version\":null}"), seen(watch, 1));
        }
    }

    @Test
    void aFiringComesThroughPubSubAtItsScheduledTime() throws Exception {
        WireEvent.Firing firing = new WireEvent.Firing("f-1", Instant.parse("2026-02-03T03:15:00Z"), true);
        assertEquals(Set.of(), both(GcpProbes.Schedule.class, firing).redelivered());
        try (Seen.Watch watch = Seen.watch(GcpProbes.Schedule.class)) {
            IN_PROCESS.deliver(GcpProbes.Schedule.class, firing);
            assertEquals(Json.mapper().readTree("{\"id\":\"f-1\",\"scheduledTime\":\"2026-02-03T03:15:00Z\","
                    + "\"pastDue\":false}"), seen(watch, 0), "Cloud Scheduler cannot say a run was late");
        }
    }

    @Test
    void anEventOfAnotherKindIsRedeliveredWithAClearError() throws Exception {
        String storage = "a Cloud Storage event (CloudEvent type " + GcpNativeEvents.FINALIZED + ") with id x-1";
        String message = "a Pub/Sub message (CloudEvent type " + GcpNativeEvents.MESSAGE_PUBLISHED + ") with id x-1";
        Map<Class<?>, String> received = Map.of(GcpProbes.Queue.class, storage, GcpProbes.Storage.class, message,
                GcpProbes.Schedule.class, storage);
        for (Map.Entry<Class<?>, String> probe : received.entrySet()) {
            Delivery delivery = both(probe.getKey(), new WireEvent.Foreign("x-1", "the wrong kind of event"));
            assertEquals(Set.of("x-1"), delivery.redelivered());
            assertEquals(List.of("io.portablefn.gcp.EventFailedException: "
                    + GcpNativeEvents.definition(probe.getKey()).wrongEvent(probe.getValue())), delivery.errors());
        }
    }

    /** The invoker turns a 1st gen background event into a CloudEvent before calling the function. */
    @Test
    void legacyBackgroundEventsReachTheFunctionThroughTheInvoker() throws Exception {
        GcpInvokerTarget invoker = new GcpInvokerTarget();
        try (invoker) {
            for (String body : List.of("ok", "fail")) {
                String legacy = "{\"context\":{\"eventId\":\"l-1\",\"timestamp\":\"2026-02-03T04:05:06.789Z\","
                        + "\"eventType\":\"google.pubsub.topic.publish\",\"resource\":{\"service\":\"pubsub.googleapis.com\","
                        + "\"name\":\"projects/p/topics/gcp-probe\",\"type\":\"type.googleapis.com/google.pubsub.v1.PubsubMessage\"}},"
                        + "\"data\":{\"@type\":\"type.googleapis.com/google.pubsub.v1.PubsubMessage\",\"data\":\""
                        + java.util.Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\"}}";
                WireResponse response = invoker.send(GcpProbes.Queue.class, WireRequest.of("POST", "/",
                        List.of(Map.entry("Content-Type", "application/json")), legacy));
                assertEquals(body.equals("ok") ? 200 : 500, response.status(), () -> invoker.log(GcpProbes.Queue.class));
            }
            assertTrue(invoker.log(GcpProbes.Queue.class).contains("did not handle Pub/Sub message l-1"),
                    () -> invoker.log(GcpProbes.Queue.class));
        }
    }
}

package io.portablefn.gcp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each GCP sample of the shared provider-events folder holds, written out by hand from the
 * files, for {@link GcpRealEventsTest}. A binary-mode body carries no CloudEvent attributes (they
 * travel as {@code ce-*} headers), so its row gives the ones Eventarc would send with it, taken
 * from the matching structured sample; a raw Pub/Sub push body is wrapped as Eventarc wraps it.
 */
final class GcpSamples {

    /** How a file is to be read. */
    enum Envelope { STRUCTURED, BODY, LEGACY }

    /**
     * @param type, id, source, subject, time for BODY rows, the CloudEvent attributes; time may be null
     * @param expected what the function is handed, as {@link GcpRealEventsTest} describes it
     */
    record Row(String file, Envelope envelope, String type, String id, String source, String subject, String time,
            String expected) {
    }

    private static final String PUBSUB = GcpCloudEvents.MESSAGE_PUBLISHED;
    private static final String FINALIZED = GcpCloudEvents.OBJECT_FINALIZED;
    private static final String CONFORMANCE_ID = "aaaaaa-1111-bbbb-2222-cccccccccccc";
    private static final String BYTES_1234 = "base64:AQIDBA==";

    private GcpSamples() {
    }

    static final List<Row> ROWS = List.of(
            body("pubsub-binary-mode-body-complex-google-cloudevents.json", PUBSUB, "3103425958877813",
                    "//pubsub.googleapis.com/projects/test-project/topics/my-topic", null, "2021-02-05T04:06:14.109Z",
                    message("message-id", "test message 3", Map.of("attr1", "attr1-value"), "2021-02-05T04:06:14.109Z",
                            "ordering-key")),
            body("pubsub-binary-mode-body-duplicated-fields-google-cloudevents.json", PUBSUB, "message-id",
                    "//pubsub.googleapis.com/projects/my-project/topics/my-topic", null, "2021-02-05T04:06:14.109Z",
                    message("message-id", BYTES_1234, Map.of(), "2021-02-05T04:06:14.109Z", null)),
            body("pubsub-binary-mode-body-simple-google-cloudevents.json", PUBSUB, "message-id",
                    "//pubsub.googleapis.com/projects/test-project/topics/my-topic", null, "2021-02-05T04:06:14.109Z",
                    message("message-id", BYTES_1234, Map.of(), "2021-02-05T04:06:14.109Z", null)),
            structured("pubsub-cloudevent-structured-binary-data-conformance.json",
                    message(CONFORMANCE_ID, BYTES_1234, Map.of(), "2020-09-29T11:32:00.123Z", null)),
            structured("pubsub-cloudevent-structured-conformance.json",
                    message(CONFORMANCE_ID, "test message 3", Map.of("attr1", "attr1-value"), "2020-09-29T11:32:00.123Z",
                            null)),
            structured("pubsub-cloudevent-structured-google-cloudevents.json",
                    message("message-id", "test message 3", Map.of("attr1", "attr1-value"), "2021-02-05T04:06:14.109Z",
                            "ordering-key")),
            legacy("pubsub-legacy-background-binary-bom-java.json",
                    message("1144231683168617", BYTES_1234, Map.of(), "2020-05-06T07:33:34.556Z", null)),
            legacy("pubsub-legacy-background-conformance.json",
                    message(CONFORMANCE_ID, "test message 3", Map.of("attr1", "attr1-value"), "2020-09-29T11:32:00.123Z",
                            null)),
            legacy("pubsub-legacy-background-json-data-java.json",
                    message("1", "{\"foo\":\"bar\"}", Map.of("test", "123"), "2021-06-28T05:46:32.390Z", null)),
            legacy("pubsub-legacy-background-microseconds-dotnet.json",
                    message("1144231683168617", "test message 3", Map.of("attr1", "attr1-value"),
                            "2020-05-06T07:33:34.556123Z", null)),
            legacy("pubsub-legacy-background-utf8-attribute-ruby.json",
                    message("1144231683168617", "test message 3", Map.of("attr1", "あああ"), "2020-05-06T07:33:34.556Z",
                            null)),
            legacy("pubsub-legacy-providers-flat-conformance.json",
                    message(CONFORMANCE_ID, "This is a sample message", Map.of("attribute1", "value1"),
                            "2020-09-29T11:32:00.123Z", null)),
            body("pubsub-push-raw-duplicated-fields-dotnet.json", PUBSUB, "4102184774039362",
                    "//pubsub.googleapis.com/projects/sample-project/topics/sample-topic", null, "2022-02-15T11:28:32.942Z",
                    message("4102184774039362", "Text message", Map.of("attr1", "value1"), "2022-02-15T11:28:32.942Z",
                            "orderxyz")),
            // The emulator's push bodies carry no publish time, and nothing else gives one.
            body("pubsub-push-raw-emulator-dotnet.json", PUBSUB, "1",
                    "//pubsub.googleapis.com/projects/emulator-project/topics/test-topic", null, null,
                    message("1", "Test message from emulator", Map.of("attr1", "attr-value1"), null, null)),
            body("pubsub-push-raw-emulator-java.json", PUBSUB, "1", "//pubsub.googleapis.com/projects/FOO/topics/BAR_TOPIC",
                    null, null, message("1", "{\"foo\":\"bar\"}", Map.of("test", "123"), null, null)),
            body("scheduler-job-binary-mode-body-google-cloudevents.json", GcpCloudEvents.JOB_EXECUTED, "job-run-1",
                    "//cloudscheduler.googleapis.com/projects/test-project/locations/us-central1/jobs/my-job", null,
                    "2026-01-01T02:00:00Z", firing("job-run-1", "2026-01-01T02:00:00Z")),
            // No time attribute: the event time comes from the object's timeDeleted.
            body("storage-binary-mode-body-complex-deleted-google-cloudevents.json", GcpCloudEvents.OBJECT_DELETED,
                    "1588778055917163", "//storage.googleapis.com/projects/_/buckets/sample-bucket", "objects/MyFile", null,
                    object("1588778055917163", "DELETED", "sample-bucket", "MyFile", 0L, "COu8mb3Dn+kCEAE=", "text/plain",
                            "96883251", "2020-05-18T09:07:51.799Z")),
            body("storage-binary-mode-body-simple-google-cloudevents.json", FINALIZED, "1587627537231057",
                    "//storage.googleapis.com/projects/_/buckets/sample-bucket", "objects/folder/Test.cs",
                    "2020-04-23T07:38:57.230Z",
                    object("1587627537231057", "CREATED", "sample-bucket", "folder/Test.cs", 352L, "CNHZkbuF/ugCEAE=",
                            "text/plain", "1587627537231057", "2020-04-23T07:38:57.230Z")),
            structured("storage-finalized-cloudevent-structured-conformance.json",
                    object(CONFORMANCE_ID, "CREATED", "some-bucket", "folder/Test.cs", 352L, "CNHZkbuF/ugCEAE=",
                            "text/plain", "1587627537231057", "2020-09-29T11:32:00.123Z")),
            structured("storage-finalized-cloudevent-structured-workflows-google-cloudevents.json",
                    object("1234567", "CREATED", "sample-bucket", "MyFile", 0L, "COu8mb3Dn+kCEAE=", "text/plain",
                            "96883251", "2021-11-25T21:04:32.279744Z")),
            legacy("storage-legacy-background-finalize-conformance.json",
                    object(CONFORMANCE_ID, "CREATED", "some-bucket", "folder/Test.cs", 352L, "CNHZkbuF/ugCEAE=",
                            "text/plain", "1587627537231057", "2020-09-29T11:32:00.123Z")),
            legacy("storage-legacy-object-change-deleted-java.json",
                    object("1200401551653202", "DELETED", "sample-bucket", "MyFile", 0L, "COu8mb3Dn+kCEAE=", null,
                            "1588778055917163", "2020-05-18T09:07:51.799Z")),
            // Google's own conversions between the two forms decode to what their inputs do.
            legacy("expected-conversions/cloudevent-to-pubsub-legacy-conformance.json",
                    message(CONFORMANCE_ID, "This is a sample message", Map.of("attribute1", "value1"),
                            "2020-09-29T11:32:00.123Z", null)),
            structured("expected-conversions/pubsub-legacy-flat-to-cloudevent-conformance.json",
                    message(CONFORMANCE_ID, "This is a sample message", Map.of("attribute1", "value1"),
                            "2020-09-29T11:32:00.123Z", null)),
            structured("expected-conversions/pubsub-legacy-to-cloudevent-conformance.json",
                    message(CONFORMANCE_ID, "test message 3", Map.of("attr1", "attr1-value"), "2020-09-29T11:32:00.123Z",
                            null)),
            structured("expected-conversions/storage-legacy-to-cloudevent-conformance.json",
                    object(CONFORMANCE_ID, "CREATED", "some-bucket", "folder/Test.cs", 352L, "CNHZkbuF/ugCEAE=",
                            "text/plain", "1587627537231057", "2020-09-29T11:32:00.123Z")));

    private static Row body(String file, String type, String id, String source, String subject, String time,
            String expected) {
        return new Row(file, Envelope.BODY, type, id, source, subject, time, expected);
    }

    private static Row structured(String file, String expected) {
        return new Row(file, Envelope.STRUCTURED, null, null, null, null, null, expected);
    }

    private static Row legacy(String file, String expected) {
        return new Row(file, Envelope.LEGACY, null, null, null, null, null, expected);
    }

    /** @param body the text, or {@code base64:...} for bytes that are not text */
    static String message(String id, String body, Map<String, String> attributes, String publishTime, String key) {
        return "message id=" + id + " body=" + body + " attributes=" + new TreeMap<>(attributes) + " deliveryCount=none"
                + " publishTime=" + publishTime + " orderingKey=" + key;
    }

    static String object(String id, String kind, String bucket, String key, Long size, String etag, String contentType,
            String version, String time) {
        return "object id=" + id + " kind=" + kind + " bucket=" + bucket + " key=" + key + " size=" + size
                + " etag=" + etag + " contentType=" + contentType + " version=" + version + " time=" + time;
    }

    static String firing(String id, String time) {
        return "firing id=" + id + " time=" + time + " pastDue=false";
    }
}

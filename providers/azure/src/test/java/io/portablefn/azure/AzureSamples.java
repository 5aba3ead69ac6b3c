package io.portablefn.azure;

import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import java.util.List;
import java.util.Set;

/**
 * What each Azure sample of the shared provider-events folder holds, written out by hand from the
 * files, for {@link AzureRealEventsTest}: one line per event the function is handed (see the
 * describe methods there), then the error the method throws, if any.
 */
final class AzureSamples {

    /** How the worker hands a file to the generated method. */
    enum Trigger {
        /** The Event Grid trigger's String: the file as it is (an event, or a delivery's array). */
        EVENT_GRID,
        /** The timer trigger's String: the file is TimerInfo JSON. */
        TIMER,
        /** A Storage queue message whose bytes are the file; the metadata is ours. */
        STORAGE_QUEUE,
        /** A Service Bus message whose bytes are the file; the metadata is ours. */
        SERVICE_BUS,
        /** A custom handler's invocation payload: the message and the host's metadata from the file. */
        CUSTOM_HANDLER_QUEUE
    }

    record Row(String file, Trigger trigger, String expected) {
    }

    private static final String BLOB_CREATED = "created testcontainer/file1.txt id=602a88ef-0001-00e6-1233-1646070610ea"
            + " time=2017-08-16T01:57:26.005121Z size=447 etag=0x8D4E44A24ABE7F1 type=text/plain";
    private static final String BLOB_DELETED = "deleted testcontainer/testfile.txt id=4c2359fe-001e-00ba-0e04-58586806d298"
            + " time=2017-11-07T20:09:22.567400300Z type=text/plain";

    private AzureSamples() {
    }

    static final List<Row> ROWS = List.of(
            // Two events with the same id: Event Grid delivers at least once, and each is handed over.
            new Row("eventgrid-batch-mixed-egschema-sdk-java.json", Trigger.EVENT_GRID, String.join("\n",
                    BLOB_CREATED, BLOB_DELETED, BLOB_DELETED,
                    wrong("'Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners'"
                            + " (id 'dede87b0-3656-419c-acaf-70c95ddc60f5')"))),
            // A template: the subject names the container "{storage-container}", the URL another
            // one; the container is the subject's, and the name its own as the URL's cannot be matched.
            new Row("eventgrid-blob-created-cloudevent-templates.json", Trigger.EVENT_GRID,
                    "created {storage-container}/{new-file} id=9aeb0fdf-c01e-0131-0922-9eb54906e209"
                            + " time=2019-11-18T15:13:39.458925400Z size=30699 etag=0x8D76C39E4407333 type=image/png"),
            new Row("eventgrid-blob-created-egschema-sdk-java.json", Trigger.EVENT_GRID, BLOB_CREATED),
            new Row("eventgrid-blob-deleted-egschema-sdk-java.json", Trigger.EVENT_GRID, BLOB_DELETED),
            new Row("eventgrid-cloudevent-data-base64-sdk-java.json", Trigger.EVENT_GRID,
                    wrong("'Contoso.Items.ItemReceived' (id '2d1781af-3a4c-4d7c-bd0c-e34b19da4e66')")),
            new Row("eventgrid-eventhub-capture-egschema-templates.json", Trigger.EVENT_GRID,
                    wrong("'captureFileCreated' (id '7b11c4ce-1c34-4416-848b-1730e766f126')")),
            new Row("eventgrid-no-data-egschema-sdk-java.json", Trigger.EVENT_GRID,
                    wrong("'Microsoft.Test.Null' (id '4c2359fe-001e-00ba-0e04-58586806d298')")),
            new Row("eventgrid-single-object-no-array-egschema-sdk-java.json", Trigger.EVENT_GRID, BLOB_DELETED),
            new Row("eventgrid-string-data-egschema-sdk-java.json", Trigger.EVENT_GRID,
                    wrong("'Contoso.Items.ItemReceived' (id '2d1781af-3a4c-4d7c-bd0c-e34b19da4e66')")),
            new Row("queue-trigger-message-templates.txt", Trigger.STORAGE_QUEUE,
                    "message q-1 body=sample queue data attributes={} count=1 published=2025-01-01T00:00:00Z"),
            new Row("servicebus-trigger-message-templates.txt", Trigger.SERVICE_BUS,
                    "message sb-1 body=Service Bus Message attributes={} count=1 published=2025-01-01T00:00:00Z"),
            new Row("docs/custom-handler-queue-trigger-request-docs.json", Trigger.CUSTOM_HANDLER_QUEUE,
                    "message 800ae4b3-bdd2-4c08-badd-f08e5a34b865 body={ message: \"Message sent\" } attributes={}"
                            + " count=1 published=2019-10-09T17:58:31Z"),
            // The subject's container is test-container, the URL's testcontainer: the subject wins.
            new Row("docs/eventgrid-blob-created-cloudevent-schema-docs.json", Trigger.EVENT_GRID,
                    "created test-container/new-file.txt id=831e1650-001e-001b-66ab-eeb76e069631"
                            + " time=2017-06-26T18:41:00.958410300Z size=524288 etag=0x8D4BCC2E4835CD0 type=text/plain"),
            new Row("docs/eventgrid-blob-deleted-cloudevent-schema-docs.json", Trigger.EVENT_GRID,
                    "deleted testcontainer/file-to-delete.txt id=4c2359fe-001e-00ba-0e04-58586806d298"
                            + " time=2017-11-07T20:09:22.567400300Z type=text/plain"),
            // The Event Grid extension answers the validation handshake itself; reaching a function,
            // it would be the wrong event.
            new Row("docs/eventgrid-subscription-validation-event-docs.json", Trigger.EVENT_GRID,
                    wrong("'Microsoft.EventGrid.SubscriptionValidationEvent' (id '2d1781af-3a4c-4d7c-bd0c-e34b19da4e66')")),
            new Row("docs/timer-trigger-timerinfo-docs.json", Trigger.TIMER,
                    "firing inv-1 scheduled=2016-10-04T10:20:00Z pastDue=false"));

    // The error for a foreign Event Grid event, from the contract's own factory.
    private static String wrong(String typeAndId) {
        EventFunction sample = EventFunction.storage("sample", 30, Set.of(StorageEvent.Kind.CREATED), (e, c) -> { });
        return "error: " + sample.wrongEvent("an Event Grid event of type " + typeAndId);
    }
}

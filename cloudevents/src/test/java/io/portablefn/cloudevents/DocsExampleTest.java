package io.portablefn.cloudevents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.Provider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handler and the snippets of docs/cloudevents.md, so that they keep compiling and working. */
class DocsExampleTest {

    /** docs/cloudevents.md's example, with a list standing in for the broker. */
    static final class ForwardOrders implements MessageHandler {
        private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        final List<byte[]> published = new ArrayList<>();

        @Override
        public void handle(Message message, Context context) {
            CloudEvent event = PortableCloudEvents.of(message, context);
            published.add(FORMAT.serialize(event));
        }
    }

    @Test
    void theExampleHandlerPublishesAStructuredJsonCloudEvent() throws Exception {
        ForwardOrders handler = new ForwardOrders();
        handler.handle(Message.builder().id("m-9").body("{\"id\":\"o-1\"}").attribute("tenant", "acme").build(),
                new TestContext(Provider.AZURE, "orders"));

        JsonNode document = new ObjectMapper().readTree(handler.published.get(0));
        assertEquals(new ObjectMapper().readTree("{\"specversion\":\"1.0\",\"id\":\"m-9\",\"source\":\"urn:portablefn:azure:orders\","
                + "\"type\":\"io.portablefn.message.v1\",\"datacontenttype\":\"application/json\",\"tenant\":\"acme\","
                + "\"data\":{\"id\":\"o-1\"}}"), document);
    }

    @Test
    void anAttributeLeftOutCanBeAddedUnderANameOfYourChoosing() {
        Message message = Message.builder().id("m-1").body("x").attribute("tenant_id", "acme").build();
        CloudEvent original = PortableCloudEvents.of(message, new TestContext(Provider.AWS, "orders"));

        CloudEvent event = CloudEventBuilder.v1(original)
                .withExtension("tenantid", message.attributes().get("tenant_id"))
                .build();

        assertEquals("acme", event.getExtension("tenantid"));
        assertEquals(original.getId(), event.getId());
        assertEquals(original.getSource(), event.getSource());
    }
}

package io.portablefn.conformance.azure.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.conformance.azure.events.HostInvocation.Typed;
import io.portablefn.runtime.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The host merging a trigger value's JSON into the binding data, over the extension's own
 * metadata, as {@code Utility.ApplyBindingData} does (src/WebJobs.Script/Utility.cs, called from
 * {@code WorkerFunctionInvoker.TransformInput} in src/WebJobs.Script/Description/Workers/, both in
 * Azure/azure-functions-host):
 * <ul>
 *   <li>only when the trigger value is a string ({@code value as string}): a trigger declared
 *       {@code dataType = "binary"} gets {@code byte[]} (GeneralScriptBindingProvider.ParseDataType),
 *       so nothing is merged and the queue's own Id, DequeueCount, MessageId and DeliveryCount stay;
 *   <li>only when the text, trimmed, starts with '{' and ends with '}' (IsJson; '[' ... ']' parses
 *       as no object and is ignored), and parses;
 *   <li>each top-level property that is not an array and not null replaces the binding data of the
 *       same name, matched case-insensitively (the binding data dictionary is OrdinalIgnoreCase),
 *       keeping the existing name's spelling; objects stay JSON, anything else becomes its text
 *       ({@code (string)JValue}: booleans {@code True}/{@code False}).
 * </ul>
 */
final class BodyBindingData {

    private BodyBindingData() {
    }

    /** The metadata the worker gets: {@code metadata} with {@code trigger}'s JSON merged over it. */
    static Map<String, Typed> merge(Typed trigger, Map<String, Typed> metadata) {
        if (trigger.kind() != Typed.Kind.STRING) {
            return metadata;
        }
        String text = ((String) trigger.value()).trim();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return metadata;
        }
        JsonNode parsed;
        try {
            parsed = Json.mapper().readTree(text);
        } catch (Exception notJson) {
            return metadata; // the host catches the parse error and merges nothing
        }
        Map<String, Typed> merged = new LinkedHashMap<>(metadata);
        parsed.fields().forEachRemaining(property -> {
            JsonNode value = property.getValue();
            if (value.isArray() || value.isNull()) {
                return;
            }
            Typed typed = value.isObject() ? Typed.json(value.toString())
                    : Typed.string(value.isBoolean() ? (value.booleanValue() ? "True" : "False") : value.asText());
            String name = merged.keySet().stream().filter(key -> key.equalsIgnoreCase(property.getKey())).findFirst()
                    .orElse(property.getKey());
            merged.put(name, typed);
        });
        return merged;
    }
}

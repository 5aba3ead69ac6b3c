package io.portablefn.maven.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template against the CloudFormation resource specification (with its SAM types) that
 * npm's {@code @aws-cdk/cfnspec} publishes: every resource type and property exists, required
 * properties are present, and each value has the specified shape (primitive, list, map or a
 * property type, checked recursively). An intrinsic function ({@code Ref}, {@code Fn::*}) stands
 * for any primitive. A SAM event's {@code Properties} is checked against {@code <Type>Event}.
 * References are checked too: a {@code Ref} (also {@code ${...}} in {@code Fn::Sub}) names a
 * resource, a parameter or a pseudo parameter ({@code AWS::Region}); an {@code Fn::GetAtt} names
 * a resource and, where the specification lists its type's attributes, one of them.
 */
final class SamSpecification {

    private final JsonNode spec;

    SamSpecification(JsonNode spec) {
        this.spec = spec.deepCopy();
        // The SAM part of the specification lags SAM itself. Each property added here is one the
        // SAM documentation defines, with its page: nothing else is allowed beyond the spec.
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html
        ((com.fasterxml.jackson.databind.node.ObjectNode) this.spec.path("PropertyTypes")
                .path("AWS::Serverless::HttpApi.HttpApiAuth").path("Properties"))
                .putObject("EnableIamAuthorizer").put("PrimitiveType", "Boolean").put("Required", false);
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html
        ((ObjectNode) this.spec.path("PropertyTypes").path("AWS::Serverless::Api.Auth").path("Properties"))
                .putObject("InvokeRole").put("PrimitiveType", "String").put("Required", false);
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-sqs.html
        ObjectNode sqs = (ObjectNode) this.spec.path("PropertyTypes").path("AWS::Serverless::Function.SQSEvent")
                .path("Properties");
        sqs.putObject("FunctionResponseTypes").put("Type", "List").put("PrimitiveItemType", "String")
                .put("Required", false);
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-kinesis.html
        ObjectNode kinesis = (ObjectNode) this.spec.path("PropertyTypes").path("AWS::Serverless::Function.KinesisEvent")
                .path("Properties");
        kinesis.putObject("BisectBatchOnFunctionError").put("PrimitiveType", "Boolean").put("Required", false);
        kinesis.putObject("MaximumRetryAttempts").put("PrimitiveType", "Integer").put("Required", false);
        kinesis.putObject("DestinationConfig").put("Type", "DestinationConfig").put("Required", false);
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-dynamodb.html
        ((ObjectNode) this.spec.path("PropertyTypes").path("AWS::Serverless::Function.DynamoDBEvent")
                .path("Properties")).putObject("FunctionResponseTypes").put("Type", "List")
                .put("PrimitiveItemType", "String").put("Required", false);
        // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedulev2.html
        ObjectNode scheduleV2 = ((ObjectNode) this.spec.path("PropertyTypes"))
                .putObject("AWS::Serverless::Function.ScheduleV2Event").putObject("Properties");
        for (String name : List.of("ScheduleExpression", "ScheduleExpressionTimezone", "Description", "State",
                "GroupName", "Input", "Name", "StartDate", "EndDate", "RoleArn")) {
            scheduleV2.putObject(name).put("PrimitiveType", "String").put("Required", false);
        }
    }

    List<String> problems(JsonNode template) {
        List<String> problems = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            String type = resource.getValue().path("Type").asText();
            JsonNode resourceSpec = spec.path("ResourceTypes").path(type);
            if (resourceSpec.isMissingNode()) {
                problems.add(resource.getKey() + ": unknown resource type " + type);
                return;
            }
            object(type, resourceSpec, resource.getValue().path("Properties"), resource.getKey(), problems);
        });
        references(template, template, "", problems);
        return problems;
    }

    /** Every {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub} variable names something declared. */
    private void references(JsonNode template, JsonNode value, String at, List<String> problems) {
        if (value.isObject() && value.size() == 1 && value.has("Ref")) {
            reference(template, value.path("Ref").asText(), null, at, problems);
        } else if (value.isObject() && value.size() == 1 && value.has("Fn::GetAtt")) {
            JsonNode target = value.path("Fn::GetAtt");
            reference(template, target.path(0).asText(), target.path(1).asText(null), at, problems);
        } else if (value.isObject() && value.size() == 1 && value.path("Fn::Sub").isTextual()) {
            Matcher variable = Pattern.compile("\\$\\{([^}!]+)}")
                    .matcher(value.path("Fn::Sub").asText());
            while (variable.find()) {
                String[] parts = variable.group(1).split("\\.", 2);
                reference(template, parts[0], parts.length > 1 ? parts[1] : null, at, problems);
            }
        } else if (value.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.isObject() ? value.fields() : null;
            int i = 0;
            for (JsonNode item : value) {
                references(template, item, at + (fields != null ? "." + fields.next().getKey() : "[" + i++ + "]"),
                        problems);
            }
        }
    }

    private void reference(JsonNode template, String name, String attribute, String at, List<String> problems) {
        JsonNode resource = template.path("Resources").path(name);
        if (attribute == null && (name.startsWith("AWS::") || template.path("Parameters").has(name))) {
            return;
        }
        if (resource.isMissingNode()) {
            problems.add(at + ": refers to " + name + ", which is no resource" + (attribute == null ? " or parameter" : ""));
            return;
        }
        JsonNode attributes = spec.path("ResourceTypes").path(resource.path("Type").asText()).path("Attributes");
        if (attribute != null && attributes.size() > 0 && !attributes.has(attribute)) {
            problems.add(at + ": " + resource.path("Type").asText() + " has no attribute " + attribute);
        }
    }

    private void object(String owner, JsonNode typeSpec, JsonNode value, String at, List<String> problems) {
        if (!value.isObject()) {
            problems.add(at + ": expected an object, got " + value);
            return;
        }
        JsonNode properties = typeSpec.path("Properties");
        value.fields().forEachRemaining(field -> {
            JsonNode property = properties.path(field.getKey());
            if (property.isMissingNode()) {
                problems.add(at + "." + field.getKey() + ": no such property of " + owner);
            } else {
                property(owner, property, field.getValue(), at + "." + field.getKey(), value, problems);
            }
        });
        properties.fields().forEachRemaining(property -> {
            if (property.getValue().path("Required").asBoolean() && !value.has(property.getKey())) {
                problems.add(at + ": required property " + property.getKey() + " of " + owner + " is missing");
            }
        });
    }

    private void property(String owner, JsonNode property, JsonNode value, String at, JsonNode parent,
            List<String> problems) {
        String resource = owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
        if (property.has("PrimitiveType")) {
            primitive(property.path("PrimitiveType").asText(), value, at, problems);
        } else if (property.has("Types") || property.has("PrimitiveTypes")) {
            // A union; SAM's event Properties are chosen by the event's Type.
            if (owner.endsWith(".EventSource")) {
                String event = parent.path("Type").asText() + "Event";
                named(resource, event, value, at, problems);
            } else if (value.isArray() && property.has("PrimitiveItemTypes")) {
                // A union of a primitive and a list of it, such as an S3 event's Events.
                for (int i = 0; i < value.size(); i++) {
                    primitive(property.path("PrimitiveItemTypes").get(0).asText(), value.get(i), at + "[" + i + "]",
                            problems);
                }
            } else if (!value.isObject() && property.has("PrimitiveTypes")) {
                primitive(property.path("PrimitiveTypes").get(0).asText(), value, at, problems);
            } else if (!value.isObject()) {
                problems.add(at + ": expected one of " + property.path("Types") + ", got " + value);
            }
        } else if (property.path("Type").asText().equals("List")) {
            each(resource, property, value, at, problems, value.isArray());
        } else if (property.path("Type").asText().equals("Map")) {
            each(resource, property, value, at, problems, value.isObject());
        } else {
            named(resource, property.path("Type").asText(), value, at, problems);
        }
    }

    private void each(String resource, JsonNode property, JsonNode value, String at, List<String> problems,
            boolean rightShape) {
        if (!rightShape) {
            problems.add(at + ": expected a " + property.path("Type").asText() + ", got " + value);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.isArray() ? null : value.fields();
        int i = 0;
        for (JsonNode item : value) {
            String itemAt = at + (fields != null ? "." + fields.next().getKey() : "[" + i++ + "]");
            if (property.has("PrimitiveItemType")) {
                primitive(property.path("PrimitiveItemType").asText(), item, itemAt, problems);
            } else {
                named(resource, property.path("ItemType").asText(), item, itemAt, problems);
            }
        }
    }

    private void named(String resource, String type, JsonNode value, String at, List<String> problems) {
        String name = resource + "." + type;
        JsonNode typeSpec = spec.path("PropertyTypes").path(name);
        if (typeSpec.isMissingNode()) {
            problems.add(at + ": unknown property type " + name);
        } else {
            object(name, typeSpec, value, at, problems);
        }
    }

    private static void primitive(String type, JsonNode value, String at, List<String> problems) {
        if (value.isObject() && value.size() == 1) {
            String function = value.fieldNames().next();
            if (function.equals("Ref") || function.startsWith("Fn::")) {
                return;
            }
        }
        boolean ok = switch (type) {
            case "String" -> value.isTextual();
            case "Integer", "Long" -> value.isIntegralNumber();
            case "Double" -> value.isNumber();
            case "Boolean" -> value.isBoolean();
            case "Json" -> value.isObject() || value.isArray();
            default -> true;
        };
        if (!ok) {
            problems.add(at + ": expected " + type + ", got " + value);
        }
    }
}

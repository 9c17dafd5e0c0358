package dev.vigil.engine.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.load.Shape.BoolShape;
import dev.vigil.engine.load.Shape.ChoiceShape;
import dev.vigil.engine.load.Shape.ConstShape;
import dev.vigil.engine.load.Shape.DateShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.EvidenceShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IdShape;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.MapShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.load.Shape.RefShape;
import dev.vigil.engine.load.Shape.TextShape;

/**
 * The JSON Schema (draft 2020-12) of model format 1, and of the bundled resource files, generated from the
 * same shapes the readers enforce, for editors such as VS Code's YAML extension. References and cross-field
 * rules are beyond what a schema can say; the readers check those.
 */
public final class ModelSchema {

    public static final String ID = "https://vigil.dev/schema/model-1.schema.json";
    private static final String ID_PATTERN = "^" + ShapeChecker.ID.pattern() + "$";
    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    private ModelSchema() {}

    /** The model's schema as pretty-printed JSON text, the same bytes every time. */
    public static String json() {
        return json(ID, "Vigil system model, format 1", FormatOne.ROOT);
    }

    /** The schema of files of the given root shape, as pretty-printed JSON text. */
    public static String json(String id, String title, ObjectShape root) {
        ObjectNode schema = new ModelSchema().root(id, title, root);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model schema", e);
        }
    }

    private ObjectNode root(String id, String title, ObjectShape root) {
        ObjectNode schema = json.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.setAll(object(root));
        return schema;
    }

    private ObjectNode shape(Shape shape) {
        ObjectNode node = json.objectNode();
        if (shape instanceof ObjectShape object) {
            return object(object);
        } else if (shape instanceof ListShape list) {
            node.put("type", "array");
            node.set("items", shape(list.item()));
            if (list.exactSize() >= 0) {
                node.put("minItems", list.exactSize());
                node.put("maxItems", list.exactSize());
            }
        } else if (shape instanceof TextShape) {
            node.set("type", types("string", "number", "integer"));
        } else if (shape instanceof IntShape range) {
            node.put("type", "integer");
            node.put("minimum", range.min());
            if (range.max() != Integer.MAX_VALUE) {
                node.put("maximum", range.max());
            }
        } else if (shape instanceof BoolShape) {
            node.put("type", "boolean");
        } else if (shape instanceof DateShape) {
            node.put("type", "string");
            node.put("pattern", DATE_PATTERN);
        } else if (shape instanceof IdShape || shape instanceof RefShape) {
            node.put("type", "string");
            node.put("pattern", ID_PATTERN);
        } else if (shape instanceof EnumShape values) {
            boolean numbers = values.values().stream().anyMatch(v -> v.matches("\\d+"));
            if (numbers) {
                node.set("type", types("string", "integer"));
            } else {
                node.put("type", "string");
            }
            ArrayNode allowed = node.putArray("enum");
            values.values().forEach(allowed::add);
            // a YAML editor reads "au: 1" as a number
            values.values().stream().filter(v -> v.matches("\\d+")).forEach(v -> allowed.add(Integer.parseInt(v)));
        } else if (shape instanceof EvidenceShape) {
            node.set("type", types("boolean", "string", "number", "integer"));
        } else if (shape instanceof ConstShape constant) {
            node.put("const", constant.value());
        } else if (shape instanceof MapShape map) {
            node.put("type", "object");
            node.set("additionalProperties", shape(map.value()));
        } else if (shape instanceof ChoiceShape choice) {
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.add(shape(choice.scalar()));
            anyOf.add(shape(choice.object()));
        }
        return node;
    }

    private ObjectNode object(ObjectShape object) {
        ObjectNode node = json.objectNode();
        node.put("type", "object");
        node.put("description", object.description());
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = json.arrayNode();
        for (Field field : object.fields()) {
            ObjectNode property = shape(field.shape());
            if (!(field.shape() instanceof ObjectShape)) {
                property.put("description", field.description());
            }
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private ArrayNode types(String... names) {
        ArrayNode array = json.arrayNode();
        for (String name : names) {
            array.add(name);
        }
        return array;
    }
}

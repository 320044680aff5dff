// Validate OpenCity payloads with the published JSON Schemas, from Java, fully offline, with networknt
// json-schema-validator (com.networknt:json-schema-validator 3.x, see pom.xml).
//
// opencity.bundle.json holds every schema under its own $id in $defs: each one is handed to the schema registry under
// that $id, so every $ref (https://w3id.org/opencity/schemas/...) resolves from memory; nothing is fetched. Format
// assertions are switched on (JSON Schema 2020-12 treats `format` as an annotation by default).
//
// Usage: java -cp <classpath> ValidatePayloads.java <opencity.bundle.json> <payload.json>...
// Exit code: 0 when every payload is valid, 1 otherwise, 2 on a usage error.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ValidatePayloads {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("Usage: java ValidatePayloads.java <opencity.bundle.json> <payload.json>...");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode bundle = json.readTree(Files.readString(Path.of(args[0])));
    Map<String, String> schemas = new HashMap<>();
    Map<String, String> idsByType = new HashMap<>();
    bundle.get("$defs").fields().forEachRemaining(entry -> {
      schemas.put(entry.getKey(), entry.getValue().toString());
      JsonNode type = entry.getValue().path("properties").path("type").path("const");
      if (type.isTextual()) idsByType.put(type.asText(), entry.getKey());
    });
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(schemas));
    int failures = 0;
    for (int i = 1; i < args.length; i++) {
      String text = Files.readString(Path.of(args[i]));
      String id = idsByType.get(json.readTree(text).path("type").asText());
      if (id == null) {
        System.out.println(args[i] + ": unknown or missing \"type\"");
        failures++;
        continue;
      }
      Schema schema = registry.getSchema(SchemaLocation.of(id));
      List<Error> errors = schema.validate(text, InputFormat.JSON,
          context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
      for (Error error : errors) System.out.println(args[i] + ": " + error);
      if (!errors.isEmpty()) failures++;
    }
    System.out.println(failures + " invalid payload(s)");
    System.exit(failures == 0 ? 0 : 1);
  }
}

// Validate OpenCity payloads with the published JSON Schemas, from Go, fully offline, with
// github.com/santhosh-tekuri/jsonschema/v6 (see go.mod).
//
// opencity.bundle.json holds every schema under its own $id in $defs: each one is added to the compiler as a resource
// under that $id, so every $ref (https://w3id.org/opencity/schemas/...) resolves from memory; nothing is fetched.
// Format assertions are switched on (JSON Schema 2020-12 treats `format` as an annotation by default).
//
// Usage: go run . <opencity.bundle.json> <payload.json>...
// Exit code: 0 when every payload is valid, 1 otherwise, 2 on a usage error.
package main

import (
	"fmt"
	"os"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func readJSON(path string) (any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return jsonschema.UnmarshalJSON(f)
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "Usage: go run . <opencity.bundle.json> <payload.json>...")
		os.Exit(2)
	}
	doc, err := readJSON(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	compiler := jsonschema.NewCompiler()
	compiler.AssertFormat()
	idsByType := map[string]string{}
	for id, schema := range doc.(map[string]any)["$defs"].(map[string]any) {
		if err := compiler.AddResource(id, schema); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		props, _ := schema.(map[string]any)["properties"].(map[string]any)
		typ, _ := props["type"].(map[string]any)
		if name, ok := typ["const"].(string); ok {
			idsByType[name] = id
		}
	}
	failures := 0
	for _, path := range os.Args[2:] {
		payload, err := readJSON(path)
		if err != nil {
			fmt.Printf("%s: %v\n", path, err)
			failures++
			continue
		}
		object, _ := payload.(map[string]any)
		typeName, _ := object["type"].(string)
		id, ok := idsByType[typeName]
		if !ok {
			fmt.Printf("%s: unknown or missing \"type\"\n", path)
			failures++
			continue
		}
		schema, err := compiler.Compile(id)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := schema.Validate(payload); err != nil {
			fmt.Printf("%s: %v\n", path, err)
			failures++
		}
	}
	fmt.Printf("%d invalid payload(s)\n", failures)
	if failures > 0 {
		os.Exit(1)
	}
}

namespace ContractGen.Cli.Config;

/// <summary>The file <c>contractgen init</c> writes. It must validate against the schema (tested).</summary>
public static class StarterConfig
{
    public const string Text =
        $$"""
        # yaml-language-server: $schema={{ConfigSchema.PublicUrl}}
        # contractgen configuration. Every key is defined (and documented) by schemas/contractgen.schema.json;
        # flags given on the command line override the values here. Relative paths are relative to this file.
        $schema: {{ConfigSchema.PublicUrl}}
        version: 1

        # Contract files and folders: .proto, .binpb (descriptor sets), OpenAPI 3.0/3.1, AsyncAPI 2.6/3.0.
        # A folder means every contract file in it, recursively. Flag: the command's arguments.
        inputs:
          - contracts

        # Extra proto include roots (flag: -I DIR). Input folders and each .proto file's folder are roots already;
        # google/api and google/protobuf come with contractgen.
        include: []

        # protoc: /usr/local/bin/protoc   # instead of the bundled protoc (flag: --protoc PATH)
        # allowRemoteRefs: false          # let $refs fetch http(s) URLs (never by default)
        # templates: templates            # template overrides, matched by file name

        # What `contractgen generate` writes, per language. Artifacts: routes, matchers, validators, clients.
        outputs:
          csharp:
            out: generated/csharp
            artifacts: [routes, matchers, validators, clients]
            namespace: Contracts.Generated
          typescript:
            out: generated/typescript
            artifacts: [matchers, validators, clients]
            packageName: contracts-generated
          go:
            out: generated/go
            artifacts: [matchers, validators, clients]
            module: example.com/contracts/generated
            package: contracts
          python:
            out: generated/python
            artifacts: [matchers, validators, clients]
            package: contracts_generated

        # `contractgen breaking`: what counts as a breaking change against the previous version.
        breaking:
          against: origin/main            # a file, a folder or a git reference (flag: --against)
          use: [FILE, OPENAPI, ASYNCAPI]  # the default; protobuf: FILE, PACKAGE, WIRE_JSON or WIRE; or rule IDs
          except: []                      # categories or rule IDs to leave out
          ignore: []                      # file globs, e.g. contracts/legacy/**
          ignoreElements: []              # element ids, e.g. acme.v1.Book or '#/components/schemas/Pet'
          ignoreUnstable: false           # skip alpha/beta/v0 packages and x-stability: experimental
          deprecateBeforeRemove: false    # removing something not deprecated before is breaking
          levels: {}                      # RULE_ID: error | warning | info | off

        """;
}

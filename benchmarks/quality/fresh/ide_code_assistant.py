"""IDE code assistant: the first design, before any security review.

Engineers install an IDE plugin on their company laptops. As they type, the
plugin sends the open file and the code around the cursor to an assistant
gateway that the platform team runs in the company cloud. The gateway signs the
developer in through the corporate identity provider (OIDC), looks up similar
code in an index built nightly from all internal repositories, and forwards the
prompt to a hosted LLM API using the company's vendor key held in a vault.
The vendor was reviewed by procurement and contracts for zero data retention.
The plugin can also propose terminal commands; it runs one in the developer's
own shell on the laptop only after the developer clicks approve, and the
command output can go back to the model in the next turn. Telemetry and the
suggestions developers accept are sent to the company's analytics store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IDE code assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Internal coding assistant plugin: hosted LLM completions with retrieval over "
        "internal repositories, and developer-approved terminal commands."
    ),
)

# ---------------------------------------------------------------- data assets
open_code = tg.Data(
    "Open file and nearby code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The file in the editor plus surrounding files the plugin picks as context.",
)
dev_request = tg.Data("Developer request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the developer's request, editor context and retrieved snippets.",
)
suggestion = tg.Data(
    "Code suggestion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposed_command = tg.Data(
    "Proposed terminal command", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
command_output = tg.Data(
    "Command output", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repo_code = tg.Data(
    "Internal repository source",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
code_chunks = tg.Data(
    "Indexed code chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
code_vectors = tg.Data(
    "Code embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sso_token = tg.Data("Developer SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
telemetry = tg.Data(
    "Usage telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Events keyed by employee id: latency, accept/reject, file types, commands run.",
)
accepted = tg.Data("Accepted suggestions", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Developer laptop", trust=tg.Trust.INTERNAL):
    # The engineer using the assistant and approving commands.
    developer = tm.add(tg.Actor("Developer", role="engineer"))
    # The plugin: gathers editor context, shows suggestions, proposes commands.
    plugin = tm.add(
        tg.Agent(
            "IDE plugin",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the developer clicks approve per command")},
        )
    )
    # The local checkout the plugin reads context from and commands act on.
    workspace = tm.add(tg.DataStore("Local workspace", stores={open_code}))
    # Runs approved commands in the developer's own shell, with their permissions.
    terminal = tm.add(
        tg.Tool(
            "Terminal runner",
            capabilities=["read", "write", "delete", "execute-code", "network-egress"],
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )

with tm.boundary("Corporate identity", trust=tg.Trust.PARTNER):
    # The company's SaaS identity provider; issues the OIDC token the plugin presents.
    idp = tm.add(
        tg.ExternalService("Corporate IdP", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted code model that writes completions and proposes commands.
    llm = tm.add(
        tg.LLM(
            "Hosted code LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, zero-retention contract")},
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the plugin: auth, context assembly, vendor calls.
    gateway = tm.add(
        tg.Endpoint(
            "Assistant gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC"),
                c.RateLimiting(requests_per_minute=120),
                c.SecretsManagement(note="vendor API key in the company vault"),
            },
        )
    )
    # Finds code similar to the developer's context.
    retrieval = tm.add(tg.Service("Code retrieval service"))
    # Embeds code for the index and for queries; open-weights model run in-house.
    embedder = tm.add(
        tg.Model("Code embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # The index over every internal repository.
    code_index = tm.add(tg.VectorStore("Code index", stores={code_chunks, code_vectors}))
    # Nightly job that clones repositories, chunks and embeds them.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # The company's git hosting, the source of the index.
    git = tm.add(
        tg.DataSource("Internal git server", origin=tg.Origin.INTERNAL, provides={repo_code})
    )
    # Company analytics warehouse holding telemetry and accepted suggestions.
    analytics = tm.add(
        tg.DataStore(
            "Analytics store",
            stores={telemetry, accepted},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(developer, idp, sso_token, protocol="https", label="SSO sign-in")
tm.flow(idp, plugin, sso_token, protocol="https", label="OIDC token")

# completions
tm.flow(developer, plugin, dev_request, protocol="local")
tm.flow(workspace, plugin, open_code, protocol="local")
tm.flow(plugin, gateway, dev_request, open_code, command_output, sso_token, protocol="https")
tm.flow(gateway, retrieval, open_code, label="similarity query")
tm.flow(retrieval, embedder, open_code)
tm.flow(embedder, retrieval, code_vectors)
tm.flow(retrieval, code_index, code_vectors)
tm.flow(code_index, retrieval, code_chunks)
tm.flow(retrieval, gateway, code_chunks)
tm.flow(gateway, llm, prompt, protocol="https")
tm.flow(llm, gateway, suggestion, proposed_command, protocol="https")
tm.flow(gateway, plugin, suggestion, proposed_command, protocol="https")
tm.flow(plugin, developer, suggestion, proposed_command, protocol="local")
tm.flow(plugin, workspace, accepted, protocol="local", label="inserts accepted suggestion")

# approved commands
tm.flow(plugin, terminal, proposed_command, protocol="local", label="after approval")
tm.flow(terminal, plugin, command_output, protocol="local")
tm.flow(terminal, workspace, open_code, protocol="local", label="command side effects")

# telemetry
tm.flow(plugin, gateway, telemetry, accepted, protocol="https", id="plugin-telemetry")
tm.flow(gateway, analytics, telemetry, accepted)

# nightly index build
tm.flow(git, indexer, repo_code, protocol="ssh")
tm.flow(indexer, embedder, code_chunks)
tm.flow(embedder, indexer, code_vectors)
tm.flow(indexer, code_index, code_chunks, code_vectors)

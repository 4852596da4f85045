"""Hospital bed management copilot: the first design, before any security review.

The site operations team of an NHS acute trust (bed managers and site
coordinators) asks a chat copilot questions such as "how many medical beds
free up before 14:00?" or "who has waited longest in ED for a ward bed?".
The copilot is an LLM agent running in the trust's Azure subscription: it
calls a read-only query tool over a bed-state reporting database, which an
integration job refreshes every 15 minutes from the patient administration
system's HL7 ADT feed and the ED tracking system's FHIR API. It can also
retrieve passages of the trust's bed management and escalation (OPEL)
policies. The model is the trust's Azure OpenAI deployment, under the
trust's data processing agreement. Staff sign in with Entra ID single
sign-on; only the site operations group may use the copilot, the query tool
uses a read-only database account, and conversations are kept.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital bed management copilot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM copilot answering bed managers' questions on occupancy, "
    "expected discharges and waits from the patient administration system.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Bed manager question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text; may name wards, patients or NHS numbers.",
)
answer = tg.Data("Copilot answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Prompt with bed state context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the question, tool results and policy passages.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
query = tg.Data("Bed state query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_result = tg.Data(
    "Bed state query result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient-level rows: ward, bed, name, NHS number, expected discharge date.",
)
adt = tg.Data(
    "ADT messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 v2 admissions, discharges and transfers with expected discharge dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ed_attendances = tg.Data(
    "ED attendances and decisions to admit",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
bed_state = tg.Data(
    "Bed state records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Current occupancy, expected discharges and waits, per patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policies = tg.Data("Bed management policies", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
sign_in = tg.Data(
    "Trust sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Entra ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
transcripts = tg.Data(
    "Copilot conversation logs", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The users: site operations staff on trust desktops and ward PCs.
    bed_manager = tm.add(tg.Actor("Bed manager", role="site operations staff"))

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # The trust's identity provider: every copilot session starts with trust SSO.
    idp = tm.add(
        tg.ExternalService("Trust Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
    # The system of record for admissions, discharges and transfers.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={adt},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Source of ED waits and decisions to admit.
    ed_system = tm.add(
        tg.DataStore(
            "ED tracking system",
            stores={ed_attendances},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Trust Azure subscription", trust=tg.Trust.INTERNAL):
    # The chat front end bed managers open in the browser.
    web = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on (OIDC)"),
                c.RBAC(note="site operations security group only"),
            },
        )
    )
    # Plans each answer: decides which queries to run and which policy passages to read.
    agent = tm.add(
        tg.Agent(
            "Bed management copilot agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers questions; has no tool that changes any record.",
        )
    )
    # Lets the agent read bed state without giving the model database access.
    query_tool = tm.add(
        tg.Tool(
            "Bed state query tool",
            capabilities={tg.Capability.READ},
            controls={c.LeastPrivilegeTools(note="read-only SQL account on the reporting DB")},
        )
    )
    # A denormalised copy of the PAS and ED data shaped for occupancy questions.
    reporting_db = tm.add(
        tg.DataStore(
            "Bed state reporting database",
            stores={bed_state},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # Refreshes the reporting database every 15 minutes.
    integration = tm.add(
        tg.Pipeline(
            "Bed state integration job",
            stage=tg.Stage.INGESTION,
            description="Consumes the PAS ADT feed and polls the ED FHIR API.",
        )
    )
    # Where the policy documents the copilot may quote are kept.
    policy_library = tm.add(tg.DataStore("Policy document library", stores={policies}))
    # Chunks and embeds the policy documents when they change.
    policy_indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # Lets the agent cite escalation and bed management rules.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_chunks}))
    # Conversations kept for service improvement and complaints.
    transcript_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

with tm.boundary("Azure OpenAI (UK South)", trust=tg.Trust.PARTNER):
    # The language model, consumed as a managed service under the trust's DPA.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="trust IG review and data processing agreement")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(bed_manager, idp, sign_in, protocol="https")
tm.flow(idp, web, id_token, protocol="oidc")
tm.flow(bed_manager, web, question, protocol="https")
tm.flow(web, bed_manager, answer, protocol="https")

tm.flow(web, agent, question)
tm.flow(agent, web, answer)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, query_tool, query)
tm.flow(query_tool, agent, query_result)
tm.flow(query_tool, reporting_db, query, protocol="tls")
tm.flow(reporting_db, query_tool, bed_state, protocol="tls")

tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_chunks, label="retrieved policy passages")
tm.flow(agent, transcript_store, transcripts)

tm.flow(pas, integration, adt, protocol="mllp", label="HL7 ADT feed")
tm.flow(ed_system, integration, ed_attendances, protocol="https", label="FHIR API poll")
tm.flow(integration, reporting_db, bed_state, protocol="tls")

tm.flow(policy_library, policy_indexer, policies)
tm.flow(policy_indexer, policy_index, policy_chunks)

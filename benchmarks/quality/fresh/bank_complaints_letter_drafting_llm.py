"""Complaint final-response letter drafting: the first design, before any security review.

Complaint handlers at our UK retail bank write a final response letter for every
complaint they close. A drafting panel in the complaints case management system lets
a handler ask for a first draft: the drafting service reads the case notes and the
handler's recorded outcome from case management, the customer's call transcripts
from the transcript archive, and the matching passages of the FCA complaint rules
(DISP), Ombudsman referral wording and our letter templates from a rules library.
It sends that prompt to a GPT model in our Azure OpenAI tenancy (UK South) and shows
the draft to the handler, who edits it and sends it from case management to our
print-and-post vendor. Handlers sign in with Entra ID and MFA; the service keeps its
keys in Key Vault, uses Azure's default content filters, and logs every prompt and
draft. The compliance policy team curates the rules library.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Complaint letter drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts FCA final response letters from case notes, transcripts and rules.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Complaint call", kind="media", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Speech-to-text of complaint calls; may mention health or money troubles.",
)
case_notes = tg.Data(
    "Complaint case notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer details, account facts, investigation notes, outcome and redress.",
)
draft_request = tg.Data(
    "Draft letter request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Case reference and the handler's optional instructions.",
)
rule_docs = tg.Data(
    "Complaint rules and letter templates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="DISP extracts, Ombudsman wording, internal policy and approved templates.",
)
rule_chunks = tg.Data(
    "Rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
query_text = tg.Data(
    "Retrieval query text",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A summary of the complaint, used to find the relevant rules.",
)
embeddings = tg.Data("Embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, case notes, transcripts and rule passages.",
)
draft = tg.Data("Draft letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
final_letter = tg.Data(
    "Final response letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
drafting_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The complainant: calls in, and receives the letter by post.
    customer = tm.add(tg.Actor("Customer", role="bank customer"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Contact-centre platform that records and transcribes calls.
    telephony = tm.add(
        tg.ExternalService(
            "Call recording and transcription platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Print and post vendor", trust=tg.Trust.PARTNER):
    # Prints and posts outgoing customer letters.
    mail_house = tm.add(tg.ExternalService("Print and post service"))

with tm.boundary("Azure OpenAI tenancy (UK South)", trust=tg.Trust.PARTNER):
    # Writes the draft letters.
    llm = tm.add(
        tg.LLM(
            "Drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="GPT deployment in the bank's Azure OpenAI tenancy; drafts letters.",
            controls={
                c.Guardrails(note="Azure OpenAI default content filters"),
                c.SupplierAssessment(note="third-party risk review before onboarding"),
            },
        )
    )
    # Embeds rule passages and complaint summaries for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # Investigates the complaint, decides the outcome, edits and sends the letter.
    handler = tm.add(tg.Actor("Complaint handler", role="complaints handler"))
    # Keeps the rules library in step with DISP and internal policy.
    policy_team = tm.add(tg.Actor("Compliance policy team", role="compliance analyst"))

with tm.boundary("Bank private cloud", trust=tg.Trust.INTERNAL):
    # The drafting panel's backend: the handler's way into the assistant.
    endpoint = tm.add(
        tg.Endpoint(
            "Drafting API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="complaints handler role"),
            },
        )
    )
    # Gathers the case, transcripts and rules, builds the prompt, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={
                c.SecretsManagement(note="Azure Key Vault"),
                c.HumanInTheLoop(
                    approver="the complaint handler",
                    note="every letter is edited and sent by a handler; nothing goes out automatically",
                ),
            },
        )
    )
    # Chunks and embeds the rule documents the policy team publishes.
    indexer = tm.add(tg.Pipeline("Rules indexing pipeline", stage=tg.Stage.INGESTION))
    # Rule passages and templates, searched by similarity.
    rules_library = tm.add(tg.VectorStore("Rules library", stores={rule_chunks, embeddings}))
    # Every prompt and draft, kept for complaint file audit and quality review.
    draft_log = tm.add(
        tg.DataStore(
            "Drafting log",
            stores={drafting_log},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
        )
    )

    with tm.boundary("Complaints data zone", trust=tg.Trust.RESTRICTED):
        # The bank's complaints system of record.
        case_mgmt = tm.add(
            tg.DataStore(
                "Complaints case management system",
                stores={case_notes, final_letter},
                controls={
                    c.EncryptionAtRest(key_management="bank HSM"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Transcripts of recorded customer calls.
        transcript_archive = tm.add(
            tg.DataStore(
                "Call transcript archive",
                stores={transcripts},
                controls={c.EncryptionAtRest(key_management="bank HSM")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, telephony, call_audio, protocol="phone", label="complaint call")
tm.flow(telephony, transcript_archive, transcripts, protocol="sftp", label="nightly drop")

tm.flow(handler, case_mgmt, case_notes, protocol="https", label="records investigation")
tm.flow(case_mgmt, handler, case_notes, protocol="https")

tm.flow(handler, endpoint, draft_request, protocol="https")
tm.flow(endpoint, drafter, draft_request, protocol="https")
tm.flow(case_mgmt, drafter, case_notes, protocol="https", label="read by case reference")
tm.flow(transcript_archive, drafter, transcripts, protocol="https")
tm.flow(drafter, embedder, query_text, protocol="https")
tm.flow(embedder, drafter, embeddings, protocol="https")
tm.flow(drafter, rules_library, embeddings, label="similarity query")
tm.flow(rules_library, drafter, rule_chunks)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, draft_log, drafting_log)
tm.flow(drafter, endpoint, draft, protocol="https")
tm.flow(endpoint, handler, draft, protocol="https")

tm.flow(handler, case_mgmt, final_letter, protocol="https", label="edited letter sent")
tm.flow(case_mgmt, mail_house, final_letter, protocol="sftp")
tm.flow(mail_house, customer, final_letter, label="printed and posted")

tm.flow(policy_team, indexer, rule_docs, protocol="https", label="publishes rule updates")
tm.flow(indexer, embedder, rule_docs, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, rules_library, rule_chunks, embeddings)

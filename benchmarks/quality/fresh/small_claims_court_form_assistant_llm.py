"""Small-claims form assistant: the first design, before any security review.

The county court service gives citizens an online assistant that helps them make
a small-claims money claim. Claimants sign in through the government identity
service, answer the assistant's questions and upload evidence (contracts,
invoices, photos), which the assistant summarises. An LLM agent, running in the
court's cloud tenancy and calling a model hosted by the government cloud AI
service, drafts the particulars of claim, looks the court fee up in the fee
table and fills the claim form. The claimant reviews and signs the form and the
portal submits it to the court's case-management system, where court staff
review it. Conversations are kept for 90 days so a claimant can resume a claim.
Controls in this design: sign-in with a second factor, upload type and size
checks, request quotas, TLS everywhere, encryption at rest, the AI service's
content filter, staff roles and audit logs in case management.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Small-claims court form assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that drafts and fills small-claims forms for citizens.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Identity assertion",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed ID token from the government identity service.",
)
answers = tg.Data(
    "Claimant answers",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the claimant types: who owes what, why, and contact details.",
)
replies = tg.Data("Assistant replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
evidence = tg.Data(
    "Evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracts, invoices and photos the claimant attaches to the claim.",
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and extracted evidence text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
fee_query = tg.Data("Fee lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fee_amount = tg.Data("Court fee amount", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
fee_table = tg.Data(
    "Court fee table",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
form_fields = tg.Data(
    "Claim form field values",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Parties, amount claimed, particulars of claim and fee, as the agent fills them.",
)
draft_form = tg.Data("Draft claim form", kind="documents", sensitivity=tg.Sensitivity.PII)
signed_claim = tg.Data(
    "Signed claim form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The form with the claimant's statement of truth, plus evidence summaries.",
)
history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
case_record = tg.Data("Case record", kind="records", sensitivity=tg.Sensitivity.PII)
review_notes = tg.Data("Staff review notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public making a claim against a person or business.
    claimant = tm.add(tg.Actor("Claimant", role="citizen"))

with tm.boundary("Government identity service", trust=tg.Trust.PARTNER):
    # Shared government sign-in, so the court keeps no passwords of its own.
    idp = tm.add(
        tg.ExternalService(
            "Government sign-in service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("Government cloud AI service", trust=tg.Trust.PARTNER):
    # The language model itself, hosted by the cross-government AI platform.
    llm = tm.add(
        tg.LLM(
            "Hosted claim-drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; also reads evidence text and photos.",
            controls={
                c.Guardrails(note="the AI service's default content filter"),
                c.SupplierAssessment(note="procured under the government cloud framework"),
            },
        )
    )

with tm.boundary("Court cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public web front end of the assistant; also where the claimant signs.
    portal = tm.add(
        tg.Endpoint(
            "Claim assistant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="government sign-in: e-mail, password and SMS code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Orchestrates the interview: asks questions, summarises evidence, calls tools.
    assistant = tm.add(
        tg.Agent(
            "Form assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            description="Resumes a claim from the saved conversation when the claimant returns.",
        )
    )
    # Looks the fee up so the LLM never computes it on its own.
    fee_tool = tm.add(tg.Tool("Fee lookup tool", capabilities={"read"}))
    # Reference table of fees by claim amount band, maintained by court finance.
    fee_store = tm.add(tg.DataStore("Court fee table store", stores={fee_table}))
    # Writes the agent's field values into the claimant's draft form.
    form_tool = tm.add(tg.Tool("Form filling tool", capabilities={"read", "write"}))
    # Draft forms waiting for the claimant to check and sign.
    drafts = tm.add(
        tg.DataStore(
            "Draft claim store",
            stores={draft_form},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The claimant's uploaded evidence, kept with the claim.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Chat history, so a claim can be resumed; deleted after 90 days.
    history_store = tm.add(
        tg.DataStore(
            "Conversation history store",
            stores={history},
            controls={
                c.RetentionLimits(days=90),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # The court's existing system of record for claims.
    cms = tm.add(
        tg.Service(
            "Case-management system",
            controls={
                c.RBAC(note="court staff roles"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Clerks and legal advisers who check claims before they are issued.
    staff = tm.add(tg.Actor("Court staff", role="court clerk"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, idp, protocol="https", label="signs in")
tm.flow(idp, portal, sign_in, protocol="https", label="OIDC redirect")
tm.flow(claimant, portal, answers, evidence, protocol="https")
tm.flow(portal, claimant, replies, draft_form, protocol="https")

tm.flow(portal, evidence_store, evidence)
tm.flow(portal, assistant, answers)
tm.flow(assistant, portal, replies)

tm.flow(evidence_store, assistant, evidence, label="evidence to summarise")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, history_store, history)
tm.flow(history_store, assistant, history, label="resume claim")

tm.flow(assistant, fee_tool, fee_query)
tm.flow(fee_store, fee_tool, fee_table)
tm.flow(fee_tool, assistant, fee_amount)

tm.flow(assistant, form_tool, form_fields)
tm.flow(form_tool, drafts, draft_form)
tm.flow(drafts, portal, draft_form)

tm.flow(
    portal,
    cms,
    signed_claim,
    evidence,
    protocol="https",
    label="submit signed claim",
    controls={c.HumanInTheLoop(approver="the claimant, who checks and signs the form")},
)
tm.flow(cms, staff, case_record, protocol="https")
tm.flow(staff, cms, review_notes, protocol="https")

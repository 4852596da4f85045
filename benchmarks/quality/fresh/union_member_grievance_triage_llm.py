"""Union member grievance triage: the first design, before any security review.

Members of the union submit workplace grievances (dismissals, pay, harassment,
health and safety) through the member portal, signing in with their membership
number and a password. A triage service checks the member's record in the
membership system, retrieves likely clauses from an index of the union's
collective agreements, and asks a hosted LLM to summarise the grievance, rate
its urgency and suggest the relevant clauses. The triage record is stored and
routed to the rep for the member's branch, who reads it in the rep console
(union SSO with MFA, role-based access) and then contacts the member by e-mail
or phone. The union's legal officer loads new and revised agreements into the
index. Everything runs in the union's cloud tenancy in the EU; the LLM vendor
was reviewed and signed a data processing agreement, and the grievance database
is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Union member grievance triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summary, urgency rating and clause suggestions for member grievances.",
)

# ---------------------------------------------------------------- data assets
grievance = tg.Data(
    "Grievance submission",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free text and attachments about the member's employer, managers and "
    "colleagues; often includes health and disciplinary details. Implies union membership.",
)
credentials = tg.Data(
    "Member sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Membership number and password.",
)
membership_record = tg.Data(
    "Membership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, employer, workplace, branch and dues status.",
)
agreements = tg.Data(
    "Collective agreements",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Negotiated agreements and policies, some not yet public.",
)
clause_chunks = tg.Data(
    "Agreement clause chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
vectors = tg.Data("Text embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the grievance text, the member's workplace and candidate clauses.",
)
completion = tg.Data(
    "Triage completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary, urgency (low / normal / urgent) and suggested clause references.",
)
triage_record = tg.Data(
    "Triage record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Grievance, LLM summary, urgency, clauses, assigned rep and case status.",
)
rep_notification = tg.Data(
    "New case notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the rep with the member's name, urgency and a link to the case.",
)
rep_notes = tg.Data("Rep case notes", kind="records", sensitivity=tg.Sensitivity.PII)
member_contact = tg.Data(
    "Rep contact with member",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The rep's e-mail or call to the member about their grievance.",
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Union members, from home or work devices.
    member = tm.add(tg.Actor("Union member", role="member"))
    # Lay reps and full-time officers, working from their own laptops and phones.
    rep = tm.add(tg.Actor("Union rep", role="workplace rep"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used for summary, urgency and clause suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises the grievance, rates urgency and suggests clauses.",
            controls={c.SupplierAssessment(note="EU region, DPA signed, no training on our data")},
        )
    )
    # Embeddings for agreement chunks and for grievance queries, same vendor.
    embeddings = tm.add(
        tg.LLM(
            "Embedding API",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for rep notifications and rep replies to members.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public member portal where grievances are submitted and tracked.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="membership number and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="size and file-type limits on attachments"),
            },
        )
    )
    # Orchestrates triage: membership check, retrieval, LLM call, routing.
    triage = tm.add(
        tg.Service(
            "Grievance triage service",
            description="Builds the prompt, parses the LLM's answer and assigns the case "
            "to the rep of the member's branch.",
        )
    )
    # Cases with their triage results.
    grievance_db = tm.add(
        tg.DataStore(
            "Grievance case database",
            stores={triage_record, rep_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Existing membership CRM: who is a member and which branch and rep they belong to.
    crm = tm.add(tg.DataStore("Membership system", stores={membership_record}))
    # Index of collective agreement clauses for retrieval.
    clause_index = tm.add(tg.VectorStore("Agreement clause index", stores={clause_chunks}))
    # Chunks and embeds agreements when the legal officer uploads them.
    indexer = tm.add(tg.Pipeline("Agreement indexing job", stage=tg.Stage.INGESTION))
    # Where reps read and work their cases.
    rep_console = tm.add(
        tg.Endpoint(
            "Rep console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="union SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Union head office", trust=tg.Trust.INTERNAL):
    # Maintains the library of collective agreements.
    legal_officer = tm.add(tg.Actor("Legal officer", role="union legal staff"))

# ---------------------------------------------------------------- flows
# Members submit and track grievances.
tm.flow(member, portal, credentials, grievance, protocol="https")
tm.flow(portal, member, case_status, protocol="https")
tm.flow(portal, triage, grievance)
tm.flow(grievance_db, portal, case_status)

# Triage.
tm.flow(triage, crm, membership_record, label="membership lookup")
tm.flow(crm, triage, membership_record)
tm.flow(triage, embeddings, grievance, label="embed query", protocol="https")
tm.flow(embeddings, triage, vectors, label="query vector", protocol="https")
tm.flow(triage, clause_index, vectors, label="similarity query")
tm.flow(clause_index, triage, clause_chunks)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, completion, protocol="https")
tm.flow(triage, grievance_db, triage_record)

# Routing to the rep, who contacts the member.
tm.flow(triage, email, rep_notification, protocol="smtp+starttls")
tm.flow(email, rep, rep_notification)
tm.flow(grievance_db, rep_console, triage_record, rep_notes)
tm.flow(rep_console, grievance_db, rep_notes, case_status)
tm.flow(rep_console, rep, triage_record, rep_notes, protocol="https")
tm.flow(rep, rep_console, rep_notes, case_status, protocol="https")
tm.flow(rep, member, member_contact, label="e-mail or phone call")

# Agreement library.
tm.flow(legal_officer, indexer, agreements, protocol="https")
tm.flow(indexer, embeddings, clause_chunks, protocol="https")
tm.flow(embeddings, indexer, vectors, protocol="https")
tm.flow(indexer, clause_index, clause_chunks)

"""Court judgment anonymisation: the first design, before any security review.

The court service publishes judgments online. Before that, names and other
identifying details of children, victims and witnesses have to come out. Judges
upload approved judgments through the judicial upload portal into the judgment
repository. An anonymisation service in the court service's cloud tenancy takes
the list of protected parties and reporting restrictions for the case from the
case management system. It sends the judgment text to a hosted LLM, which marks
what should be removed, and then puts a draft with the proposed redactions on a
review queue. A publication clerk looks at every draft side by side with the
original in the review workbench, corrects it and approves it. The publishing
service then pushes the approved version to the public judgments website.
Judges and clerks sign in with judiciary/staff SSO with MFA, the workbench is
role-based, the repository is encrypted at rest, and publication is audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court judgment anonymisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted removal of identifying details of children, victims and "
        "witnesses from court judgments, checked by a clerk before online publication."
    ),
)

# ---------------------------------------------------------------- data assets
judgment = tg.Data(
    "Approved judgment (unredacted)",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Full text as handed down, naming children, victims and witnesses.",
)
protected_parties = tg.Data(
    "Protected parties and reporting restrictions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, aliases and relationships of people the law or an order protects.",
)
prompt = tg.Data(
    "Anonymisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the protected-party list and a chunk of judgment text.",
)
proposed = tg.Data(
    "Proposed redactions",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Spans the LLM marks as identifying, with a replacement such as 'the child, A'.",
)
draft = tg.Data(
    "Draft anonymised judgment",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
corrections = tg.Data("Clerk corrections", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "Clerk publication approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
final = tg.Data(
    "Anonymised judgment for publication",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Confidential until it is published; public afterwards.",
)
published = tg.Data("Published judgment", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
search = tg.Data("Judgment search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
audit = tg.Data("Review and publication audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Press, lawyers, researchers and the public read the published judgments.
    reader = tm.add(tg.Actor("Member of the public", role="reader"))

with tm.boundary("Judicial network", trust=tg.Trust.INTERNAL):
    # The judge hands down the judgment and uploads the approved text.
    judge = tm.add(tg.Actor("Judge", role="judge"))

with tm.boundary("Court service corporate network", trust=tg.Trust.INTERNAL):
    # Checks every draft before anything is published.
    clerk = tm.add(tg.Actor("Publication clerk", role="court clerk"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model in a UK region, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted anonymisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Marks names, places, schools and other details that could identify a protected person.",
        )
    )

with tm.boundary("Court service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where judges submit approved judgments for publication.
    upload_portal = tm.add(
        tg.Endpoint(
            "Judicial upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="judicial SSO with MFA")},
        )
    )
    # Splits the judgment, builds prompts, calls the LLM and applies its redactions.
    anonymiser = tm.add(
        tg.Service(
            "Anonymisation service",
            description="Runs once per judgment uploaded; merges the LLM's spans into a redacted draft.",
        )
    )
    # Side-by-side view of original and draft where the clerk corrects and approves.
    workbench = tm.add(
        tg.Endpoint(
            "Clerk review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="publication clerk role only"),
            },
        )
    )
    # Sends approved judgments to the public site and records what went out.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            controls={
                c.HumanInTheLoop(approver="publication clerk, for every judgment"),
                c.AuditLogging(),
            },
        )
    )
    # Who reviewed, changed and published what, and when.
    audit_log = tm.add(tg.DataStore("Audit log", stores={audit}))

    with tm.boundary("Judgment data tier", trust=tg.Trust.RESTRICTED):
        # The authoritative copy of each approved judgment.
        repository = tm.add(
            tg.DataStore(
                "Judgment repository",
                stores={judgment},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Existing system of record: parties, their roles and reporting restriction orders.
        cms = tm.add(tg.DataStore("Case management system", stores={protected_parties}))
        # Drafts waiting for a clerk, with the LLM's proposed redactions.
        queue = tm.add(tg.DataStore("Review queue", stores={draft, proposed, corrections}))

with tm.boundary("Public web hosting", trust=tg.Trust.INTERNAL):
    # The court service's public judgments website.
    website = tm.add(
        tg.Endpoint(
            "Public judgments website", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(judge, upload_portal, judgment, protocol="https")
tm.flow(upload_portal, repository, judgment)
tm.flow(repository, anonymiser, judgment)
tm.flow(cms, anonymiser, protected_parties, label="parties for the case")

tm.flow(anonymiser, llm, prompt, protocol="https")
tm.flow(llm, anonymiser, proposed, protocol="https")
tm.flow(anonymiser, queue, draft, proposed)

tm.flow(queue, workbench, draft, proposed)
tm.flow(repository, workbench, judgment, label="original for comparison")
tm.flow(workbench, clerk, judgment, draft, proposed, protocol="https")
tm.flow(clerk, workbench, corrections, approval, protocol="https")
tm.flow(workbench, queue, corrections)
tm.flow(workbench, publisher, final, approval)
tm.flow(workbench, audit_log, audit)
tm.flow(publisher, audit_log, audit)

tm.flow(publisher, website, published, protocol="https")
tm.flow(reader, website, search, protocol="https")
tm.flow(website, reader, published, protocol="https")

"""Parliamentary bill summaries: the first design, before any security review.

The parliamentary research service drafts plain-language summaries of bills and
amendments with an LLM. When the table office's legislative system publishes a
bill or tables an amendment, an ingestion job stores the text and indexes it with
the statute book and our past briefings. A drafting service builds a prompt from
the bill, retrieved context and our house style, and sends it to an LLM hosted by
a cloud provider under our procurement contract. Research officers check and edit
each draft in an editorial workbench and approve it; the publishing CMS then puts
it on the members' portal and the public website. The workbench and portal sit
behind parliamentary SSO; the provider was vetted at procurement and applies its
content filter; only an officer's approval publishes, and the CMS logs every
revision. Research officers are trained on reviewing machine-drafted text.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parliamentary bill summaries",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-drafted, officer-approved plain-language summaries of bills and amendments "
        "for members and the public."
    ),
)

# ---------------------------------------------------------------- data assets
bill_text = tg.Data(
    "Bill and amendment texts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Bills as introduced, amendment papers and explanatory notes; "
    "tabled amendments are embargoed until printed.",
)
statutes = tg.Data(
    "Statute book extracts",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Acts in force that bills amend, from the national legislation site.",
)
context = tg.Data(
    "Indexed legislation and briefings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chunks of bills, statutes and past research briefings with embeddings.",
)
request = tg.Data("Summary request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="House-style instructions, the bill text and retrieved context.",
)
draft = tg.Data("Draft summary", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
edits = tg.Data(
    "Officer edits and approval",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published = tg.Data(
    "Published summary",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Citizens, journalists and lobbyists reading the public website.
    public_reader = tm.add(tg.Actor("Member of the public", role="public reader"))
    # Government's statute book, pulled for the acts a bill amends.
    legislation_site = tm.add(
        tg.DataSource(
            "National legislation website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={statutes},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose model hosted in-country by our cloud provider.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement security and data-retention review"),
                c.Guardrails(note="the provider's content filter"),
            },
        )
    )

with tm.boundary("Parliamentary network", trust=tg.Trust.INTERNAL):
    # Table office system of record for bills and amendments.
    bills_system = tm.add(
        tg.DataSource(
            "Legislative information system", origin=tg.Origin.INTERNAL, provides={bill_text}
        )
    )
    # Staff of the research service who commission, check and approve summaries.
    officer = tm.add(tg.Actor("Research officer", role="research officer"))
    # Members and their staff reading summaries before debates.
    member = tm.add(tg.Actor("Member of parliament", role="member"))
    # Web app where officers request, edit and approve drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Editorial workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="parliamentary SSO with MFA"),
                c.UserTraining(note="officers trained on checking machine-drafted text"),
            },
        )
    )
    # Intranet pages with summaries for members.
    members_portal = tm.add(
        tg.Endpoint(
            "Members' portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="parliamentary SSO")},
        )
    )

with tm.boundary("Research service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Fetches new bills and amendments, and the statutes they amend; chunks and embeds them.
    ingestion = tm.add(tg.Pipeline("Bill ingestion job", stage=tg.Stage.INGESTION))
    # Full texts of every bill and amendment in the session.
    bill_store = tm.add(tg.DataStore("Bill document store", stores={bill_text}))
    # Retrieval index over bills, statutes and past briefings.
    index = tm.add(tg.VectorStore("Legislation index", stores={context}))
    # Builds the prompt and calls the LLM for each bill or amendment paper.
    drafter = tm.add(tg.Service("Summary drafting service"))
    # Drafts, officer edits and approved versions.
    summaries_db = tm.add(tg.DataStore("Summaries database", stores={draft, edits, published}))
    # Publishes approved summaries to both audiences.
    cms = tm.add(
        tg.Service(
            "Publishing CMS",
            controls={
                c.HumanInTheLoop(approver="a research officer"),
                c.AuditLogging(retention_days=3650, note="revision history of each summary"),
            },
        )
    )

with tm.boundary("Public web hosting", trust=tg.Trust.INTERNAL):
    # Parliament's public website, served through a CDN.
    website = tm.add(
        tg.Endpoint("Public website", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

# ---------------------------------------------------------------- flows
# Ingestion
tm.flow(bills_system, ingestion, bill_text, protocol="https")
tm.flow(legislation_site, ingestion, statutes, protocol="https", label="acts amended")
tm.flow(ingestion, bill_store, bill_text)
tm.flow(ingestion, index, context)

# Drafting
tm.flow(officer, workbench, request, protocol="https", label="request or regenerate")
tm.flow(workbench, drafter, request)
tm.flow(bill_store, drafter, bill_text)
tm.flow(drafter, index, request, label="similarity query")
tm.flow(index, drafter, context)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, summaries_db, draft)

# Review and approval
tm.flow(summaries_db, workbench, draft)
tm.flow(bill_store, workbench, bill_text, label="source text beside the draft")
tm.flow(workbench, officer, draft, bill_text, protocol="https")
tm.flow(officer, workbench, edits, protocol="https", label="edit and approve")
tm.flow(workbench, summaries_db, edits)
tm.flow(workbench, cms, edits, label="publish")

# Publication
tm.flow(summaries_db, cms, published)
tm.flow(cms, members_portal, published)
tm.flow(cms, website, published, protocol="https")
tm.flow(members_portal, member, published, protocol="https")
tm.flow(website, public_reader, published, protocol="https")

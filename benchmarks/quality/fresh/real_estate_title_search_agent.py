"""Title search agent: the first design, before any security review.

A title company opens a title order for each property purchase, placed by the
buyer's or lender's attorney on our closing portal. A search agent, driven by a
hosted LLM, runs the title search: it queries county recorder records for the
chain of title, liens and easements, searches state and federal court records
for judgments and bankruptcies against the parties, and looks up our prior
policies on the same parcel. It then drafts the title commitment (requirements
and exceptions) into the title production system. A title examiner reviews and
edits every draft in the examiner workbench and issues it; issued commitments
are published to the buyer's and lender's attorneys on the closing portal.
Controls in this design: portal accounts and examiner SSO, examiner approval
before issue, a step limit on the agent, TLS to the outside services, and
encryption at rest for the production database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Real estate title search agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent searches recorder, court and prior-policy records and drafts title "
        "commitments that examiners review and issue to attorneys."
    ),
)

# ---------------------------------------------------------------- data assets
title_order = tg.Data(
    "Title order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property address and parcel, buyer, seller, lender, loan amount, closing date.",
)
attorney_login = tg.Data(
    "Portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
search_instructions = tg.Data(
    "Agent task and instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt with underwriting guidelines and the order to search.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, order details and the search results gathered so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_query = tg.Data(
    "Records search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel number, legal description and party names to search.",
)
recorded_docs = tg.Data(
    "Recorded documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Deeds, mortgages, liens, releases and easements, as index entries and OCR text.",
)
court_records = tg.Data(
    "Court records",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Judgments, bankruptcies, divorces, probate and lis pendens naming the parties.",
)
prior_policies = tg.Data(
    "Prior title policies",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our earlier owner's and lender's policies on the parcel, with their exceptions.",
)
draft_commitment = tg.Data(
    "Draft title commitment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
issued_commitment = tg.Data(
    "Issued title commitment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Signed commitment: vesting, requirements, exceptions and proposed coverage.",
)
examiner_edits = tg.Data(
    "Examiner edits and approval", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyer's and lender's attorneys: place orders and receive commitments.
    attorney = tm.add(tg.Actor("Buyer or lender attorney", role="attorney"))
    # County recorder online indexes and document images; anyone can record a document.
    recorder = tm.add(
        tg.DataSource(
            "County recorder databases",
            origin=tg.Origin.PUBLIC_WEB,
            provides={recorded_docs},
            description="Online grantor/grantee indexes and recorded images of the counties we serve.",
        )
    )
    # State court portals and PACER, for judgments and bankruptcies against the parties.
    courts = tm.add(
        tg.DataSource(
            "Court records systems",
            origin=tg.Origin.PUBLIC_WEB,
            provides={court_records},
            description="State court case search and PACER.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the searches and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model under an enterprise agreement with no retention.",
            controls={c.SupplierAssessment(note="enterprise terms reviewed by legal")},
        )
    )

with tm.boundary("Title company cloud", trust=tg.Trust.INTERNAL):
    # Web portal where attorneys open orders and download commitments.
    portal = tm.add(
        tg.Endpoint(
            "Closing portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="attorney account password + MFA")},
        )
    )
    # Order management: starts a search job for each new order.
    orders = tm.add(tg.Service("Title order management"))
    # The search agent itself.
    agent = tm.add(
        tg.Agent(
            "Title search agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans and runs searches, reads results, drafts the commitment.",
            controls={c.CircuitBreaker(max_steps=60)},
        )
    )
    # Searches county recorder indexes and fetches document images.
    recorder_tool = tm.add(
        tg.Tool(
            "Recorder search tool",
            capabilities={"read", "network-egress"},
            description="Scrapes county recorder sites by parcel and party name.",
        )
    )
    # Searches court case indexes by party name.
    court_tool = tm.add(
        tg.Tool(
            "Court records search tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Writes the draft commitment into the production system.
    drafting_tool = tm.add(
        tg.Tool(
            "Commitment drafting tool",
            capabilities={"write"},
            description="Creates or updates the draft commitment for the order.",
        )
    )

    with tm.boundary("Title production zone", trust=tg.Trust.RESTRICTED):
        # Our prior policies, indexed by parcel and legal description for the agent.
        policy_index = tm.add(tg.VectorStore("Prior policy index", stores={prior_policies}))
        # System of record for orders, drafts and issued commitments.
        production_db = tm.add(
            tg.DataStore(
                "Title production database",
                stores={title_order, draft_commitment, issued_commitment},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Licensed examiners own every commitment that goes out.
    examiner = tm.add(tg.Actor("Title examiner", role="examiner"))
    # Review screen: draft, search results and edit history.
    workbench = tm.add(
        tg.Service(
            "Examiner workbench",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="a title examiner"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Order intake
tm.flow(attorney, portal, attorney_login, title_order, protocol="https")
tm.flow(portal, orders, title_order)
tm.flow(orders, production_db, title_order)
tm.flow(orders, agent, search_instructions, title_order, label="start search")

# Agent reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Recorder search
tm.flow(agent, recorder_tool, search_query)
tm.flow(recorder_tool, recorder, search_query, protocol="https")
tm.flow(recorder, recorder_tool, recorded_docs, protocol="https")
tm.flow(recorder_tool, agent, recorded_docs, label="search results")

# Court search
tm.flow(agent, court_tool, search_query)
tm.flow(court_tool, courts, search_query, protocol="https")
tm.flow(courts, court_tool, court_records, protocol="https")
tm.flow(court_tool, agent, court_records, label="search results")

# Prior policies
tm.flow(agent, policy_index, search_query, label="parcel lookup")
tm.flow(policy_index, agent, prior_policies)

# Drafting, review and issue
tm.flow(agent, drafting_tool, draft_commitment)
tm.flow(drafting_tool, production_db, draft_commitment)
tm.flow(production_db, workbench, draft_commitment, title_order)
tm.flow(workbench, examiner, draft_commitment, protocol="https")
tm.flow(examiner, workbench, examiner_edits, protocol="https")
tm.flow(workbench, production_db, issued_commitment, label="issue")
tm.flow(production_db, portal, issued_commitment)
tm.flow(portal, attorney, issued_commitment, protocol="https")
tm.flow(production_db, policy_index, prior_policies, label="index issued policies")

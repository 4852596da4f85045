"""Trademark clearance search assistant: the first design, before any security review.

Clients of the firm's trademark practice submit a proposed brand name, the goods and
services it will cover and an optional logo through the firm's client extranet. A
search orchestrator in the firm's cloud tenant turns the name into search terms and
queries the public trademark registries (USPTO, EUIPO TMview, WIPO Global Brand
Database) and a commercial web search API for common-law use, fetching the top pages.
An open-weights image model run in the tenant ranks registered design marks against
the client's logo. The orchestrator then sends the evidence, the firm's opinion
template and the proposed mark to a hosted LLM, which drafts a clearance opinion.
The responsible attorney reviews, edits and signs every opinion in a workbench
before it is released to the client through the extranet. Staff sign in through the
firm's SSO with MFA, matters are access-controlled per matter team, the matter store
is encrypted, and the LLM vendor was reviewed and contracted for zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trademark clearance search assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Searches trademark registries and the web for a client's proposed mark and "
        "drafts a clearance opinion with an LLM for the attorney to sign."
    ),
)

# ---------------------------------------------------------------- data assets
mark_submission = tg.Data(
    "Proposed mark submission",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed brand name, goods and services, launch markets, client contact.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
logo = tg.Data(
    "Proposed logo image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unreleased logo artwork uploaded by the client.",
)
search_terms = tg.Data(
    "Search terms",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The proposed name and its phonetic and spelling variants, with classes.",
)
registry_records = tg.Data(
    "Registry records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Filed and registered marks, owners, goods and status from the registries.",
)
design_images = tg.Data(
    "Registered design mark images", kind="media", sensitivity=tg.Sensitivity.PUBLIC
)
web_results = tg.Data(
    "Web search results and pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Result snippets and the text of the top pages, for common-law use.",
)
logo_hits = tg.Data(
    "Logo similarity hits", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
opinion_template = tg.Data(
    "Opinion template and drafting instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The practice group's system prompt, opinion structure and risk wording.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the proposed mark and the search evidence packet.",
)
draft_opinion = tg.Data(
    "Draft clearance opinion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
search_report = tg.Data(
    "Clearance search report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The collated registry, web and logo hits behind the opinion.",
)
review_request = tg.Data(
    "Search request and attorney edits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
signed_opinion = tg.Data(
    "Signed clearance opinion",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Privileged legal advice, signed by the responsible attorney.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client's brand or legal team, submitting marks and reading opinions.
    client = tm.add(tg.Actor("Client", role="client"))
    # Any page on the web the search turns up; anyone can publish one.
    web_pages = tm.add(
        tg.DataSource(
            "Web pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_results},
            description="Top-ranked pages fetched for evidence of unregistered use.",
        )
    )

with tm.boundary("Trademark office registries", trust=tg.Trust.PARTNER):
    # Public registry search APIs of the trademark offices.
    registries = tm.add(
        tg.ExternalService(
            "Trademark registry APIs",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="USPTO, EUIPO TMview and WIPO Global Brand Database searches.",
        )
    )

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Commercial web search API, paid per query.
    web_search = tm.add(
        tg.ExternalService(
            "Web search API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="contract terms reviewed by IT procurement")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the opinion text from the evidence packet.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model under the vendor's enterprise API terms.",
            controls={
                c.SupplierAssessment(note="enterprise terms: zero data retention, no training"),
                c.HumanInTheLoop(
                    approver="the responsible attorney reviews and signs every opinion"
                ),
            },
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Existing client extranet, extended with a mark-submission form.
    portal = tm.add(
        tg.Endpoint(
            "Client extranet",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="logo uploads limited to PNG, JPEG and SVG under 10 MB"),
            },
        )
    )
    # Where attorneys and paralegals run searches and edit and sign opinions.
    workbench = tm.add(
        tg.Endpoint(
            "Clearance workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="firm SSO (OIDC) with MFA"),
                c.RBAC(note="access limited to the matter team"),
            },
        )
    )
    # Runs the searches, collates the evidence and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Search orchestrator",
            description="Builds search terms, queries registries and the web, assembles the prompt.",
            controls={
                c.SecretsManagement(note="registry, search and LLM API keys in the cloud vault")
            },
        )
    )
    # Compares the client's logo with registered design marks.
    logo_model = tm.add(
        tg.Model(
            "Logo similarity model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights image embedding model; nearest design marks by cosine.",
        )
    )
    # The practice group's template and instructions for the drafting prompt.
    templates = tm.add(tg.DataStore("Opinion template store", stores={opinion_template}))
    # Submissions, search reports, drafts and signed opinions, per matter.
    matter_store = tm.add(
        tg.DataStore(
            "Matter store",
            stores={mark_submission, logo, search_report, draft_opinion, signed_opinion},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="per-matter access groups"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Firm offices", trust=tg.Trust.INTERNAL):
    # Reviews every draft and signs the opinion that goes to the client.
    attorney = tm.add(tg.Actor("Trademark attorney", role="attorney"))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, mark_submission, logo, protocol="https")
tm.flow(portal, client, signed_opinion, protocol="https")
tm.flow(portal, matter_store, mark_submission, logo)
tm.flow(matter_store, portal, signed_opinion)

tm.flow(attorney, workbench, review_request, protocol="https")
tm.flow(workbench, attorney, draft_opinion, search_report, protocol="https")
tm.flow(workbench, orchestrator, review_request, label="start clearance search")
tm.flow(matter_store, orchestrator, mark_submission, logo)

tm.flow(orchestrator, registries, search_terms, protocol="https")
tm.flow(registries, orchestrator, registry_records, design_images, protocol="https")
tm.flow(orchestrator, web_search, search_terms, protocol="https")
tm.flow(web_search, orchestrator, web_results, protocol="https")
tm.flow(web_pages, orchestrator, web_results, protocol="https", label="fetch top results")

tm.flow(orchestrator, logo_model, logo, design_images)
tm.flow(logo_model, orchestrator, logo_hits)
tm.flow(templates, orchestrator, opinion_template)
tm.flow(orchestrator, llm, drafting_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_opinion, protocol="https")
tm.flow(orchestrator, matter_store, search_report, draft_opinion)

tm.flow(matter_store, workbench, draft_opinion, search_report)
tm.flow(workbench, matter_store, signed_opinion, label="attorney signs")

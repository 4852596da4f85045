"""Kosher certification document review: the first design, before any security review.

Manufacturers applying for or renewing certification upload ingredient lists, their
suppliers' kosher certificates and production schedules to a manufacturer portal. A
review service in the agency's cloud extracts the text, looks each ingredient up in
the approved-ingredient database and in other recognised agencies' published lists,
and asks a hosted LLM to flag unknown ingredients, expired or mismatched certificates
and dairy or meat runs on shared lines. The rabbi-inspector assigned to the plant
reviews the flags in the inspector console and decides; the publishing service then
lists certified products in the public directory on the agency's hosted website.
Controls: portal log-in by e-mail and password with upload checks, SSO with MFA for
staff, RBAC and audit logging on the ingredient database, encrypted submissions, the
LLM API key in a secrets manager, and the rabbi's decision before anything is listed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kosher certification document review",
    profile=tg.RiskProfile.HIGH,
    description="LLM-assisted review of manufacturers' ingredient and supplier documents "
    "for kosher certification, decided by a rabbi-inspector and published in a public directory.",
)

# ---------------------------------------------------------------- data assets
ingredient_lists = tg.Data(
    "Ingredient lists",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Product formulations with every ingredient and its supplier: trade secrets.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
supplier_certs = tg.Data(
    "Supplier kosher certificates",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Letters of certification from other agencies, as scanned PDFs.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
schedules = tg.Data(
    "Production schedules",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Which products run on which lines, and when equipment is kashered.",
)
review_prompt = tg.Data(
    "Review prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, extracted submission text and the matching ingredient records.",
)
llm_findings = tg.Data(
    "LLM ingredient findings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
approved_ingredients = tg.Data(
    "Approved-ingredient records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Ingredients and brands the agency accepts, with status (pareve, dairy, meat) "
    "and the certifying agency required.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agency_lists = tg.Data(
    "Recognised agencies' certificate lists", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
review_flags = tg.Data(
    "Review flags",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Per-ingredient and per-certificate problems with the LLM's explanation.",
)
decision = tg.Data(
    "Certification decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
listing = tg.Data(
    "Certified product listing",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Company, products, kosher status and certificate validity dates.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
submission_status = tg.Data(
    "Submission status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Quality managers at the plants applying for or renewing certification.
    manufacturer = tm.add(tg.Actor("Manufacturer quality manager", role="manufacturer"))
    # Shoppers, retailers and other agencies checking who is certified.
    public = tm.add(tg.Actor("Directory visitor", role="public"))
    # Other recognised agencies publish which products and ingredients they certify.
    other_agencies = tm.add(
        tg.DataSource(
            "Recognised agencies' published lists",
            origin=tg.Origin.PUBLIC_WEB,
            provides={agency_lists},
            description="Downloaded weekly from the agencies' websites.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model used to compare documents against the records.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The agency's public site, run by a managed web-hosting company.
    directory = tm.add(tg.Endpoint("Public certification directory", purpose="api"))
    # The listings the directory pages are built from.
    directory_db = tm.add(tg.DataStore("Directory database", stores={listing}))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where manufacturers upload documents and follow their application.
    portal = tm.add(
        tg.Endpoint(
            "Manufacturer portal",
            purpose="api",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, XLSX and image files only, 25 MB each"),
            },
        )
    )
    # Every submission as uploaded, kept for the certification file.
    submissions = tm.add(
        tg.DataStore(
            "Submission document store",
            stores={ingredient_lists, supplier_certs, schedules},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Extracts text, matches ingredients, builds prompts and writes the flags.
    review = tm.add(
        tg.Service(
            "Document review service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # The agency's own list of accepted ingredients, brands and certifying agencies.
    ingredient_db = tm.add(
        tg.DataStore(
            "Approved-ingredient database",
            stores={approved_ingredients, agency_lists},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Open cases with their flags, waiting for the inspector.
    queue = tm.add(tg.DataStore("Review queue", stores={review_flags, decision}))
    # Where the rabbi-inspector reads the flags and the documents and records a decision.
    console = tm.add(
        tg.Endpoint(
            "Inspector console",
            purpose="api",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )
    # Turns a positive decision into a directory listing.
    publisher = tm.add(
        tg.Service(
            "Certificate publishing service",
            controls={c.HumanInTheLoop(approver="the rabbi-inspector assigned to the plant")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Decides on certification; the LLM only flags.
    rabbi = tm.add(tg.Actor("Rabbi-inspector", role="inspector", privileged=True))
    # Keeps the approved-ingredient database up to date.
    researcher = tm.add(tg.Actor("Ingredient researcher", role="kashrut research staff"))

# ---------------------------------------------------------------- flows
tm.flow(manufacturer, portal, ingredient_lists, supplier_certs, schedules, protocol="https")
tm.flow(portal, manufacturer, submission_status, protocol="https")
tm.flow(portal, submissions, ingredient_lists, supplier_certs, schedules)

tm.flow(submissions, review, ingredient_lists, supplier_certs, schedules)
tm.flow(other_agencies, ingredient_db, agency_lists, protocol="https", label="weekly download")
tm.flow(review, ingredient_db, ingredient_lists, label="ingredient lookup")
tm.flow(ingredient_db, review, approved_ingredients, agency_lists)
tm.flow(review, llm, review_prompt, protocol="https")
tm.flow(llm, review, llm_findings, protocol="https")
tm.flow(review, queue, review_flags)
tm.flow(queue, portal, submission_status)

tm.flow(queue, console, review_flags)
tm.flow(submissions, console, ingredient_lists, supplier_certs, schedules)
tm.flow(console, rabbi, review_flags, ingredient_lists, supplier_certs, schedules, protocol="https")
tm.flow(rabbi, console, decision, protocol="https")
tm.flow(console, queue, decision)
tm.flow(queue, publisher, decision)
tm.flow(publisher, directory_db, listing, protocol="https")
tm.flow(directory_db, directory, listing)
tm.flow(directory, public, listing, protocol="https")

tm.flow(researcher, ingredient_db, approved_ingredients, protocol="https")
tm.flow(ingredient_db, researcher, approved_ingredients, protocol="https")

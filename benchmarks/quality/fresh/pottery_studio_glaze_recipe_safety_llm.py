"""Pottery studio glaze recipe safety assistant: the first design, before any security review.

A community pottery studio in Ghent (about 120 members) lets members submit glaze
recipes on the members' portal before mixing them from the shared materials shelf.
A glaze check service validates the recipe, works out its chemistry (unity
molecular formula, expected melting range) and asks a vendor-hosted LLM to explain
the hazards, using safety data sheet (SDS) passages from a materials library and
the studio's kiln limits and banned-materials list. The member sees the safety
report on the portal. A nightly job downloads suppliers' SDS PDFs and indexes them.
The studio technician reviews every report and approves a glaze before it may be
fired in a shared kiln, and maintains the kiln limits. Everything runs on one
small hosted server; members sign in with e-mail and password. Controls: TLS,
recipe validation, and the technician's approval before firing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pottery studio glaze recipe safety assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM assistant that checks members' glaze recipes against material "
    "safety data and kiln limits for a community pottery studio.",
)

# ---------------------------------------------------------------- data assets
recipe = tg.Data(
    "Glaze recipe submission",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Materials and percentages, intended cone, food-surface use, notes.",
)
report = tg.Data(
    "Glaze safety report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Hazards, food-safety and leaching warnings, kiln compatibility.",
)
prompt = tg.Data(
    "Safety check prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Recipe, computed chemistry, SDS passages, kiln limits and banned list.",
)
completion = tg.Data(
    "LLM safety assessment", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
sds_pdfs = tg.Data(
    "Supplier safety data sheets", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
sds_passages = tg.Data(
    "SDS passages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
kiln_limits = tg.Data(
    "Kiln limits and banned materials",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Maximum cone per kiln, shelf-protection rules, materials not allowed "
    "in the studio (lead compounds, barium carbonate, uranium oxide).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
recipe_records = tg.Data(
    "Recipes, reports and approvals",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each recipe with its member's name and e-mail, report and approval status.",
)
member_accounts = tg.Data(
    "Member accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, password hash, membership tier.",
)
approval = tg.Data("Glaze firing approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
notification = tg.Data(
    "Approval notification e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Studio members, from home or the studio's guest Wi-Fi.
    member = tm.add(tg.Actor("Studio member", role="member"))
    # Material suppliers' websites the SDS PDFs are downloaded from.
    sds_source = tm.add(
        tg.DataSource(
            "Supplier SDS downloads",
            origin=tg.Origin.VENDOR,
            provides={sds_pdfs},
            description="PDFs published by the clay and glaze material suppliers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the hazard explanation.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends members the result of the technician's review.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio hosted server", trust=tg.Trust.INTERNAL):
    # The members' website where recipes are submitted and reports read.
    portal = tm.add(
        tg.Endpoint(
            "Members' portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Orchestrates a check: validation, chemistry, retrieval, LLM call.
    check_service = tm.add(
        tg.Service(
            "Glaze check service",
            description="Computes the unity molecular formula itself and asks the LLM "
            "to explain hazards and kiln fit.",
            controls={
                c.InputValidation(
                    note="materials must come from the studio materials list; "
                    "percentages must add up to 100"
                ),
            },
        )
    )
    # Embedded SDS passages, searched by material name.
    materials_library = tm.add(tg.VectorStore("Materials safety library", stores={sds_passages}))
    # Nightly download, text extraction and embedding of supplier SDS PDFs.
    sds_job = tm.add(tg.Pipeline("Nightly SDS ingestion job", stage=tg.Stage.INGESTION))
    # Reference data the technician maintains.
    kiln_rules = tm.add(tg.DataStore("Kiln limits and studio rules", stores={kiln_limits}))
    # All submissions, reports and approval status.
    recipe_db = tm.add(tg.DataStore("Recipe database", stores={recipe_records, member_accounts}))
    # Where the technician reviews reports and approves glazes for firing.
    review_page = tm.add(
        tg.Endpoint(
            "Technician review page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="studio technician",
                    note="every new glaze is approved before it is fired in a shared kiln",
                ),
            },
        )
    )

with tm.boundary("Studio premises", trust=tg.Trust.INTERNAL):
    # Paid part-time technician who runs the kilns.
    technician = tm.add(tg.Actor("Studio technician", role="kiln technician", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, recipe, protocol="https")
tm.flow(portal, member, report, protocol="https")
tm.flow(portal, check_service, recipe)
tm.flow(check_service, portal, report)

tm.flow(check_service, materials_library, recipe, label="material name lookup")
tm.flow(materials_library, check_service, sds_passages)
tm.flow(kiln_rules, check_service, kiln_limits)
tm.flow(check_service, llm, prompt, protocol="https")
tm.flow(llm, check_service, completion, protocol="https")
tm.flow(check_service, recipe_db, recipe_records)
tm.flow(portal, recipe_db, member_accounts, label="sign-in and account")
tm.flow(recipe_db, portal, recipe_records, member_accounts)

tm.flow(sds_source, sds_job, sds_pdfs, protocol="https", label="nightly download")
tm.flow(sds_job, materials_library, sds_passages)

tm.flow(technician, review_page, approval, kiln_limits, protocol="https")
tm.flow(review_page, technician, recipe_records, protocol="https")
tm.flow(recipe_db, review_page, recipe_records)
tm.flow(review_page, recipe_db, approval)
tm.flow(review_page, kiln_rules, kiln_limits)
tm.flow(review_page, mailer, notification, protocol="https")
tm.flow(mailer, member, notification, protocol="smtp+starttls")

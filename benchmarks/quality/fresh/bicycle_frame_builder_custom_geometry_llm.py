"""Custom frame geometry assistant: the first design, before any security review.

A small custom bicycle frame builder in Girona (Spain) wants an assistant that
drafts frame geometry for each new order. Riders enter their body measurements
and a riding-style questionnaire in the order portal; partner bike-fit studios
upload their fit notes (saddle position, flexibility, old injuries) to the same
portal. A drafting service in the builder's cloud account combines the rider's
profile with the builder's design rules and similar past builds, asks a hosted
LLM for a draft geometry with its reasoning, and runs the draft through a
geometry calculator for stack, reach, trail and toe overlap. The builder reviews
every draft in a review console, corrects it and finalises it; only the final
geometry sheet is published back to the rider. Portal accounts use e-mail and
password, the builder Google Workspace SSO with 2-step verification; the rider
database is encrypted at rest and the LLM vendor's terms were reviewed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Custom frame geometry assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts custom frame geometry from rider measurements and fit notes "
    "for the frame builder to finalise.",
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Rider body measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Height, weight, inseam, torso, arm and shoulder measurements, with name and e-mail.",
)
questionnaire = tg.Data(
    "Riding style questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Discipline, terrain, typical ride length, preferred position and goals.",
)
fit_notes = tg.Data(
    "Bike-fit notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The fitter's report: contact points, flexibility, past injuries and pain.",
)
design_rules = tg.Data(
    "Builder design rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The builder's geometry ranges, tube sets and drafting instructions for the LLM.",
)
past_builds = tg.Data(
    "Past build geometries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Finalised geometries of earlier frames, with each rider's measurements and feedback.",
)
geometry_prompt = tg.Data(
    "Geometry drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Design rules, the rider's profile and fit notes, and a few similar past builds.",
)
llm_draft = tg.Data(
    "LLM geometry draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed angles and tube lengths with the model's reasoning.",
)
derived_figures = tg.Data(
    "Derived geometry figures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stack, reach, trail, standover and toe overlap computed from the draft.",
)
draft_geometry = tg.Data(
    "Draft frame geometry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The draft with its derived figures and out-of-range warnings, for review.",
)
final_geometry = tg.Data(
    "Final geometry sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The geometry the builder signed off, with the rider's name and order number.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer ordering a frame; enters their own measurements at home.
    rider = tm.add(tg.Actor("Rider", role="customer"))

with tm.boundary("Partner fit studios", trust=tg.Trust.PARTNER):
    # Independent fitters the builder works with; they upload fit reports for shared customers.
    fitter = tm.add(tg.Actor("Bike fitter", role="partner fitter"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that writes the first draft geometry.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A hosted chat model called through the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="API terms reviewed: no training on inputs, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Builder cloud account", trust=tg.Trust.INTERNAL):
    # Where riders and fitters enter everything the draft is based on.
    portal = tm.add(
        tg.Endpoint(
            "Order intake portal",
            purpose=tg.EndpointPurpose.API,
            description="Web forms for measurements and the questionnaire, and an upload for fit notes.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="measurement fields checked against plausible ranges"),
            },
        )
    )
    # Holds each rider's profile for the life of the order and after.
    rider_db = tm.add(
        tg.DataStore(
            "Rider profile database",
            stores={measurements, questionnaire, fit_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The builder's own know-how, edited by hand; becomes the system prompt.
    rules_store = tm.add(tg.DataStore("Design rules document", stores={design_rules}))
    # Earlier frames the drafting service picks similar examples from.
    archive = tm.add(tg.DataStore("Past build archive", stores={past_builds}))
    # Orchestrates a draft: gathers the inputs, calls the LLM, checks and stores the result.
    drafter = tm.add(
        tg.Service(
            "Geometry drafting service",
            description="Triggered when an order's profile is complete.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Deterministic maths so the builder sees real figures, not the model's arithmetic.
    calculator = tm.add(
        tg.Service(
            "Geometry calculator",
            description="Computes derived figures and warns when they leave the builder's ranges.",
        )
    )
    # Drafts waiting for the builder.
    draft_store = tm.add(tg.DataStore("Draft geometry store", stores={draft_geometry}))
    # Where the builder reads, corrects and finalises each draft.
    console = tm.add(
        tg.Service(
            "Builder review console",
            description="Web app showing the rider profile beside the draft.",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(
                    approver="the frame builder",
                    note="every draft is corrected and finalised by the builder before the rider sees it",
                ),
            },
        )
    )

with tm.boundary("Workshop network", trust=tg.Trust.INTERNAL):
    # The builder who owns the design and signs off every frame.
    builder = tm.add(tg.Actor("Frame builder", role="builder", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(rider, portal, measurements, questionnaire, protocol="https")
tm.flow(fitter, portal, fit_notes, protocol="https", label="fit report upload")
tm.flow(portal, rider_db, measurements, questionnaire, fit_notes)

tm.flow(rider_db, drafter, measurements, questionnaire, fit_notes)
tm.flow(rules_store, drafter, design_rules)
tm.flow(archive, drafter, past_builds, label="similar past builds")
tm.flow(drafter, llm, geometry_prompt, protocol="https")
tm.flow(llm, drafter, llm_draft, protocol="https")
tm.flow(drafter, calculator, llm_draft)
tm.flow(calculator, drafter, derived_figures)
tm.flow(drafter, draft_store, draft_geometry)

tm.flow(draft_store, console, draft_geometry)
tm.flow(rider_db, console, measurements, questionnaire, fit_notes)
tm.flow(console, builder, draft_geometry, fit_notes, protocol="https")
tm.flow(builder, console, final_geometry, protocol="https", label="corrections and sign-off")
tm.flow(console, archive, final_geometry, past_builds, label="archive finalised build")
tm.flow(console, portal, final_geometry, label="publish to order")
tm.flow(portal, rider, final_geometry, protocol="https")

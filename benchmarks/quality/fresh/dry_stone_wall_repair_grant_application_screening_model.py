"""Dry stone wall repair grants: application screening, first design before security review.

The national park authority runs a yearly grant round for farmers to repair dry
stone walls. Farmers sign in to the authority's grants portal with an e-mail
address and password and submit a form with photos of the damaged walls, OS grid
references of the wall runs and a waller's quote. When the round closes, a
screening service in the authority's cloud tenancy grades the damage in the
photos with an in-house image classifier, has a hosted LLM read the figures out
of each quote, looks the map references up in the park's GIS layers and asks a
ranking model for a priority score. The grants officer works through the ranked
shortlist in a review console (staff single sign-on with MFA) and makes every
award decision. Past rounds and their outcomes retrain both models once a year.
Uploads and the case database are encrypted at rest with provider-managed keys;
the LLM vendor was put through the authority's supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dry stone wall repair grant screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Screens and ranks farmers' dry stone wall repair grant applications "
    "for the park authority's grants officer.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Grant application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer's name, holding number, address, phone, e-mail and wall description.",
)
wall_photos = tg.Data(
    "Wall damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Geotagged phone photos of the collapsed wall sections.",
)
map_refs = tg.Data(
    "Wall map references",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="OS grid references and field parcel numbers of the wall runs.",
)
quotes = tg.Data(
    "Contractor quotes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photographed quotes from a waller: names, metres, price per metre.",
)
quote_prompt = tg.Data("Quote extraction prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
quote_figures = tg.Data(
    "Extracted quote figures", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
damage_grade = tg.Data("Damage grade", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
gis_layers = tg.Data(
    "Landscape and heritage layers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Conservation areas, SSSIs, the heritage wall survey and landscape priority zones.",
)
ranking_features = tg.Data(
    "Ranking features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
priority_score = tg.Data(
    "Priority score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
shortlist = tg.Data("Ranked shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
award = tg.Data(
    "Award decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Past applications and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Earlier rounds' applications, surveyors' damage grades and award outcomes.",
)
weights = tg.Data(
    "Screening model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
notebook = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The applicants: hill farmers and land managers inside the park.
    farmer = tm.add(tg.Actor("Farmer", role="grant applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads prices and wall lengths out of quotes in every layout wallers send.
    quote_llm = tm.add(
        tg.LLM(
            "Quote extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model asked to return metres, price per metre and total.",
            controls={c.SupplierAssessment(note="supplier review; no training on our data")},
        )
    )

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where farmers apply and later see the state of their application.
    portal = tm.add(
        tg.Endpoint(
            "Grants portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG, PNG and PDF only, 20 MB per file"),
            },
        )
    )
    # Holds the uploaded photos and quotes for screening and for the officer.
    uploads = tm.add(
        tg.DataStore(
            "Application uploads bucket",
            stores={wall_photos, quotes},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # System of record for applications, scores and awards.
    case_db = tm.add(
        tg.DataStore(
            "Grant case database",
            stores={application, map_refs, quote_figures, damage_grade, priority_score, award},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Runs once the round closes: gathers evidence and asks the models.
    screening = tm.add(
        tg.Service(
            "Application screening service",
            description="Grades photos, extracts quote figures, adds GIS context, ranks.",
        )
    )
    # Grades how badly each wall has collapsed from the farmer's photos.
    damage_model = tm.add(
        tg.Model(
            "Wall damage classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Public vision backbone fine-tuned on surveyors' graded wall photos.",
        )
    )
    # Orders the applications for the officer; drives who gets public money.
    ranking_model = tm.add(
        tg.Model(
            "Priority ranking model",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Gradient-boosted trees trained on past rounds' award outcomes.",
            controls={c.HumanInTheLoop(approver="the grants officer decides every award")},
        )
    )
    # The officer's view of the ranked applications with their evidence.
    console = tm.add(
        tg.Service(
            "Grants review console",
            controls={
                c.Authentication(method="staff single sign-on with MFA"),
                c.RBAC(note="grants team role only"),
            },
        )
    )
    # Snapshot of past rounds used to retrain both models.
    training_set = tm.add(tg.Dataset("Past rounds training set", stores={history}))
    # Yearly retraining of the classifier and the ranker.
    retraining = tm.add(tg.Pipeline("Annual retraining", stage=tg.Stage.TRAINING))
    # Where serving loads the model files from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model file store",
            stores={weights},
            controls={c.ModelVersioning(note="files named by round year")},
        )
    )

with tm.boundary("Authority office network", trust=tg.Trust.INTERNAL):
    # Assesses applications and makes the awards.
    officer = tm.add(tg.Actor("Grants officer", role="grants officer"))
    # Runs the yearly retraining notebook.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))
    # The park's GIS server with designation and survey layers.
    gis = tm.add(tg.DataSource("Park GIS server", origin=tg.Origin.INTERNAL, provides={gis_layers}))

# ---------------------------------------------------------------- flows
tm.flow(farmer, portal, application, wall_photos, map_refs, quotes, protocol="https")
tm.flow(portal, farmer, status, protocol="https")
tm.flow(portal, uploads, wall_photos, quotes)
tm.flow(portal, case_db, application, map_refs)
tm.flow(case_db, portal, status)

tm.flow(case_db, screening, application, map_refs, label="applications of the closed round")
tm.flow(uploads, screening, wall_photos, quotes)
tm.flow(screening, quote_llm, quote_prompt, protocol="https")
tm.flow(quote_llm, screening, quote_figures, protocol="https")
tm.flow(screening, damage_model, wall_photos)
tm.flow(damage_model, screening, damage_grade)
tm.flow(gis, screening, gis_layers, protocol="https", label="map reference lookup")
tm.flow(screening, ranking_model, ranking_features)
tm.flow(ranking_model, screening, priority_score)
tm.flow(screening, case_db, quote_figures, damage_grade, priority_score)

tm.flow(case_db, console, shortlist)
tm.flow(uploads, console, wall_photos, quotes)
tm.flow(console, officer, shortlist, wall_photos, quotes, protocol="https")
tm.flow(officer, console, award, protocol="https")
tm.flow(console, case_db, award)

tm.flow(case_db, training_set, history, label="yearly export after the round")
tm.flow(training_set, retraining, history)
tm.flow(analyst, retraining, notebook, protocol="https")
tm.flow(retraining, registry, weights)
tm.flow(registry, damage_model, weights, label="load")
tm.flow(registry, ranking_model, weights, label="load")

"""Antique jewellery appraisal assistant: the first design, before any security review.

Jewellery and watch specialists at a European auction house photograph consigned
pieces and upload the photos, with their condition notes, to a cataloguing
workbench (company SSO with MFA, role-based access). A hallmark recognition model,
fine-tuned in-house and served in our cloud, finds hallmarks, assay marks, date
letters and makers' marks in the photos. A drafting service then sends the photos,
the detected marks, the lot record from the auction management system and similar
past sales from a comparables index to a hosted vision-capable LLM, which drafts
the catalogue description and a low/high estimate. Specialists edit the draft; the
head of sale signs off each lot before the catalogue CMS publishes it to the public
online catalogue. Specialists' corrections of detected marks are collected into a
training set for periodic re-fine-tuning of the hallmark model. Photos are stored
encrypted, and the LLM vendor was reviewed before contract.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antique jewellery appraisal vision LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hallmark recognition and LLM-drafted catalogue descriptions and estimates for "
        "jewellery and watch sales, edited by specialists before publication."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Lot photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution photos of consigned pieces, including macro shots of marks.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
notes = tg.Data(
    "Specialist condition notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Measurements, weights, stones, condition and provenance remarks.",
)
lot_record = tg.Data(
    "Lot record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consignor, provenance history, reserve and sale allocation.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
detections = tg.Data(
    "Detected hallmarks and makers",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mark type, assay office, date letter, maker with a confidence each.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
comparables_query = tg.Data(
    "Comparables query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
comparables = tg.Data(
    "Comparable past sales",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past lot descriptions with hammer prices.",
)
past_results = tg.Data("Past sale results", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, detected marks, notes, lot provenance and comparables.",
)
draft = tg.Data(
    "Draft description and estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
catalogue_entry = tg.Data(
    "Approved catalogue entry",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final description and estimate; public once the catalogue goes live.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
published_page = tg.Data(
    "Published catalogue page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
search_query = tg.Data("Catalogue search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
corrections = tg.Data(
    "Corrected hallmark labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Hallmark training crops", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Hallmark model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective bidders and the public browse the online catalogue.
    visitor = tm.add(tg.Actor("Catalogue visitor", role="prospective bidder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts descriptions and estimates from images and text.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Photographs, reviews and edits every lot; owns the final wording and estimate.
    specialist = tm.add(tg.Actor("Jewellery specialist", role="specialist"))
    # Existing system of record for consignments, lots and sale results.
    ams = tm.add(tg.DataStore("Auction management system", stores={lot_record, past_results}))

with tm.boundary("Auction house cloud", trust=tg.Trust.INTERNAL):
    # Where specialists upload photos, trigger drafts and edit them.
    workbench = tm.add(
        tg.Endpoint(
            "Cataloguing workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(note="by department and sale"),
            },
        )
    )
    # Original and processed lot photos.
    photo_store = tm.add(
        tg.DataStore(
            "Lot photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from marks, lot record and comparables, and calls the LLM.
    drafting = tm.add(tg.Service("Drafting service"))
    # Past lots embedded for similarity search, so estimates follow real results.
    comparables_index = tm.add(tg.VectorStore("Comparable sales index", stores={comparables}))
    # Holds approved entries and publishes them with their photos on sale day minus N.
    cms = tm.add(
        tg.Service(
            "Catalogue CMS",
            controls={c.HumanInTheLoop(approver="head of sale")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Finds and reads hallmarks and makers' marks in the photos.
        hallmark_model = tm.add(
            tg.Model(
                "Hallmark recognition model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                description="Open-weights vision backbone fine-tuned on our hallmark crops.",
            )
        )
        # Specialist-confirmed hallmark crops and labels.
        training_set = tm.add(
            tg.Dataset("Hallmark training set", stores={training_images, corrections})
        )
        # Quarterly re-fine-tuning of the detector.
        finetune = tm.add(tg.Pipeline("Hallmark fine-tuning job", stage=tg.Stage.FINE_TUNING))
        # Versions of the detector that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Public website", trust=tg.Trust.INTERNAL):
    # The online sale catalogue.
    website = tm.add(
        tg.Endpoint("Online catalogue", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

# ---------------------------------------------------------------- flows
# Upload and hallmark recognition
tm.flow(specialist, workbench, photos, notes, protocol="https")
tm.flow(workbench, photo_store, photos)
tm.flow(workbench, drafting, draft_request)
tm.flow(photo_store, hallmark_model, photos)
tm.flow(hallmark_model, drafting, detections)

# Drafting
tm.flow(ams, drafting, lot_record, protocol="https")
tm.flow(drafting, comparables_index, comparables_query)
tm.flow(comparables_index, drafting, comparables)
tm.flow(ams, comparables_index, past_results, label="nightly export")
tm.flow(photo_store, drafting, photos)
tm.flow(drafting, llm, prompt, photos, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, workbench, draft, detections)

# Editing and publication
tm.flow(workbench, specialist, draft, detections, photos, protocol="https")
tm.flow(specialist, workbench, catalogue_entry, corrections, protocol="https", label="edits")
tm.flow(workbench, ams, catalogue_entry, protocol="https", label="final estimate")
tm.flow(workbench, cms, catalogue_entry)
tm.flow(photo_store, cms, photos)
tm.flow(cms, website, published_page, photos, protocol="https")
tm.flow(visitor, website, search_query, protocol="https")
tm.flow(website, visitor, published_page, photos, protocol="https")

# Re-fine-tuning the hallmark model
tm.flow(workbench, training_set, corrections)
tm.flow(photo_store, training_set, training_images, label="hallmark crops")
tm.flow(training_set, finetune, training_images, corrections)
tm.flow(finetune, registry, weights)
tm.flow(registry, hallmark_model, weights, label="deploy")

"""Collection image tagging for a museum's online catalogue: the first design.

The museum has digitised most of its collection, but few of the images carry
subject tags or descriptions. A nightly batch job takes newly photographed
objects from the digital asset management system (DAM), adds the catalogue
record from the collection management system (title, maker, date, material),
and asks a vendor-hosted vision-language model for subject tags and a short
public description. Tags are mapped to the Getty AAT vocabulary, which the job
downloads. Results land in a draft store; curators spot-check a random sample of
each batch in a review app (museum SSO) and approve the batch, and a publishing
job then pushes it to the public online catalogue, which sits behind the
hosting provider's CDN with rate limiting. Visitors can report a wrong
description with a feedback form that goes to the collections team.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum collection image tagging",
    profile=tg.RiskProfile.LOW,
    description=(
        "Vision-language model tags and describes digitised collection images; "
        "curators spot-check samples before publication to the public catalogue."
    ),
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Collection images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution photographs; some works still in copyright or culturally sensitive.",
)
object_records = tg.Data(
    "Object records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Catalogue fields plus provenance, valuation, location and donor names.",
)
vocabulary = tg.Data("Getty AAT vocabulary", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
prompt = tg.Data(
    "Tagging request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the image and selected catalogue fields.",
)
vlm_output = tg.Data(
    "Model tags and description", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
draft_tags = tg.Data(
    "Draft tags and descriptions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Batch review decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
catalogue_entries = tg.Data(
    "Published catalogue entries",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
web_images = tg.Data("Web-resolution images", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
search_query = tg.Data("Catalogue search", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
feedback = tg.Data(
    "Visitor feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text correction with the visitor's name and email.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the online catalogue.
    visitor = tm.add(tg.Actor("Public visitor", role="visitor"))
    # Public controlled vocabulary the tags are mapped to.
    aat = tm.add(
        tg.DataSource(
            "Getty vocabulary download",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={vocabulary},
        )
    )

with tm.boundary("VLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model; the museum has no training or fine-tuning of its own.
    vlm = tm.add(tg.LLM("Vision-language model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Catalogue hosting", trust=tg.Trust.PARTNER):
    # The public online catalogue site, run on a managed hosting platform.
    catalogue = tm.add(
        tg.Endpoint(
            "Online catalogue",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120, note="hosting provider's CDN")},
        )
    )
    # The catalogue's database of published records and images.
    catalogue_db = tm.add(
        tg.DataStore("Catalogue database", stores={catalogue_entries, web_images})
    )

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Curators who review samples and approve batches.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Existing DAM holding master image files.
    dam = tm.add(tg.DataStore("Digital asset management", stores={images}))
    # Existing collection management system: the record of truth for objects.
    cms = tm.add(tg.DataStore("Collection management system", stores={object_records}))
    # Nightly job that builds requests, calls the model and maps tags to AAT.
    tagger = tm.add(
        tg.Service(
            "Tagging batch job",
            controls={c.SecretsManagement(note="vendor API key in the museum's vault")},
        )
    )
    # Holds model output until a batch is approved.
    draft_store = tm.add(
        tg.DataStore(
            "Draft tag store",
            stores={draft_tags},
            controls={
                c.SchemaEnforcement(note="tags must be AAT identifiers; description length cap")
            },
        )
    )
    # Small web app showing a random sample of each batch to a curator.
    review_app = tm.add(
        tg.Endpoint(
            "Curator review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum SSO")},
        )
    )
    # Pushes approved batches to the catalogue.
    publisher = tm.add(
        tg.Service(
            "Publishing job",
            controls={
                c.HumanInTheLoop(
                    approver="a curator, after spot-checking a random sample of the batch"
                )
            },
        )
    )
    # Inbox for "report a problem" messages from the public site.
    feedback_inbox = tm.add(tg.DataStore("Feedback inbox", stores={feedback}))

# ---------------------------------------------------------------- flows
tm.flow(aat, tagger, vocabulary, protocol="https", label="monthly download")
tm.flow(dam, tagger, images, label="new images")
tm.flow(cms, tagger, object_records, label="catalogue fields")
tm.flow(tagger, vlm, prompt, protocol="https")
tm.flow(vlm, tagger, vlm_output, protocol="https")
tm.flow(tagger, draft_store, draft_tags)

tm.flow(draft_store, review_app, draft_tags, label="random sample")
tm.flow(review_app, curator, draft_tags, protocol="https")
tm.flow(curator, review_app, review_decision, protocol="https")
tm.flow(review_app, publisher, review_decision, label="batch approved")
tm.flow(draft_store, publisher, draft_tags)
tm.flow(dam, publisher, images)
tm.flow(publisher, catalogue, catalogue_entries, web_images, protocol="https", label="publish API")
tm.flow(catalogue, catalogue_db, catalogue_entries, web_images)
tm.flow(catalogue_db, catalogue, catalogue_entries, web_images)

tm.flow(visitor, catalogue, search_query, protocol="https")
tm.flow(catalogue, visitor, catalogue_entries, web_images, protocol="https")
tm.flow(
    visitor, catalogue, feedback, protocol="https", id="visitor-feedback", label="report a problem"
)
tm.flow(catalogue, feedback_inbox, feedback, protocol="smtp+starttls")
tm.flow(feedback_inbox, curator, feedback)

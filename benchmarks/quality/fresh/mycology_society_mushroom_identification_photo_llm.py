"""Mushroom identification app for a mycology society: the first design, before any security review.

Members of an amateur mycology society (in the EU) sign in to the society's web and
mobile app and upload photos of a find with a few notes (habitat, smell, spore print)
and the find's location. An identification service sends the photo to an open-weights
image classifier, fine-tuned from a community checkpoint on a public model hub, for
candidate species with scores, then asks a hosted LLM to turn the candidates, the notes
and the society's species guide into a suggestion with look-alike and edibility
warnings, shown to the member straight away. Expert volunteers review submissions in
a review portal and confirm or correct the species; only confirmed finds are
published to the shared records map, which anyone can browse, at a 1 km grid square.
Everything runs in one small cloud project; members and experts sign in with e-mail
and password through the hosting platform's auth service, and the API has quotas.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mycology society mushroom identification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based species suggestions with edibility warnings, confirmed by experts.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Mushroom photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="JPEG as uploaded, EXIF GPS and camera data included.",
)
find_details = tg.Data(
    "Find notes and location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Habitat, substrate, smell, spore print and the exact GPS position.",
)
member_account = tg.Data("Member account", kind="records", sensitivity=tg.Sensitivity.PII)
candidates = tg.Data(
    "Candidate species scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
species_guide = tg.Data(
    "Species guide",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The society's species descriptions, look-alikes and toxicity notes.",
)
id_prompt = tg.Data(
    "Identification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Candidates, the member's notes (no location) and guide excerpts.",
)
suggestion = tg.Data(
    "Species suggestion with edibility warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
observation = tg.Data(
    "Observation record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, photo link, notes, location, suggestion and review status.",
)
confirmation = tg.Data(
    "Expert identification",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
map_records = tg.Data(
    "Published map records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Confirmed species, date, recorder's display name and 1 km grid square.",
)
weights = tg.Data(
    "Classifier checkpoint",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="Community fungi classifier checkpoint (.pth) from the model hub.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Society members photographing their finds; anyone can join the society.
    member = tm.add(tg.Actor("Society member", role="member"))
    # Experienced volunteers who confirm identifications.
    expert = tm.add(tg.Actor("Expert volunteer", role="identification expert"))
    # Anyone browsing the public records map.
    visitor = tm.add(tg.Actor("Map visitor", role="public"))
    # Where the base classifier checkpoint was downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Writes the suggestion text; no fine-tuning, just a system prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the species suggestion and the edibility and look-alike warnings.",
        )
    )

with tm.boundary("Society cloud project", trust=tg.Trust.INTERNAL):
    # The app's backend for uploads and results.
    api = tm.add(
        tg.Endpoint(
            "Identification API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password via the platform auth service"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Calls the classifier and the LLM and assembles the answer.
    id_service = tm.add(tg.Service("Identification service"))
    # Image classifier over photos: top-5 species with scores.
    classifier = tm.add(
        tg.Model(
            "Species image classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Community fungi classifier fine-tuned on society photos.",
        )
    )
    # Uploaded photos, kept for review and the records archive.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Observations, members and review status.
    records_db = tm.add(
        tg.DataStore(
            "Observation records database",
            stores={observation, member_account, confirmation},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # The society's own field guide text, edited by the committee.
    guide_store = tm.add(tg.DataStore("Species guide store", stores={species_guide}))
    # Where experts see pending finds and confirm or correct them.
    review_portal = tm.add(
        tg.Endpoint(
            "Expert review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password via the platform auth service"),
                c.RBAC(note="expert role granted by the records officer"),
                c.HumanInTheLoop(
                    approver="an expert volunteer confirms each find before it is published"
                ),
            },
        )
    )
    # The shared public map of confirmed records.
    records_map = tm.add(
        tg.Endpoint(
            "Public records map",
            purpose=tg.EndpointPurpose.API,
            controls={c.DataMinimization(note="locations shown at 1 km grid square only")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, api, photo, find_details, protocol="https")
tm.flow(api, photo_bucket, photo)
tm.flow(api, records_db, observation)
tm.flow(api, id_service, photo, find_details)
tm.flow(id_service, classifier, photo)
tm.flow(classifier, id_service, candidates)
tm.flow(guide_store, id_service, species_guide)
tm.flow(id_service, llm, id_prompt, protocol="https")
tm.flow(llm, id_service, suggestion, protocol="https")
tm.flow(id_service, api, suggestion)
tm.flow(api, records_db, suggestion, label="stored with the observation")
tm.flow(api, member, suggestion, protocol="https")

tm.flow(records_db, review_portal, observation)
tm.flow(photo_bucket, review_portal, photo)
tm.flow(review_portal, expert, observation, photo, protocol="https")
tm.flow(expert, review_portal, confirmation, protocol="https")
tm.flow(review_portal, records_db, confirmation)

tm.flow(records_db, records_map, map_records)
tm.flow(visitor, records_map, protocol="https", label="map queries")
tm.flow(records_map, visitor, map_records, protocol="https")
tm.flow(member, records_map, protocol="https", label="map queries")
tm.flow(records_map, member, map_records, protocol="https")

tm.flow(model_hub, classifier, weights, protocol="https", label="checkpoint download")

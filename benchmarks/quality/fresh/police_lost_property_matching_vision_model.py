"""Police lost property matching: the first design, before any security review.

Members of the public report lost items on the force's public website: a
description, where and when it was lost, contact details and optionally a photo.
Front-counter staff at police stations log found items on a force-managed
station tablet, which photographs the item and writes the record to the force's
existing property management system. An hourly export copies new found items
into the force's cloud tenancy, where an embedding pipeline runs an open-weights
vision-language model (downloaded from a public model hub) over the photos and
descriptions of found items and loss reports and writes vectors to an index. A
matching service proposes likely pairs; a lost property officer reviews them in
a caseworking console, signed in through the force's SSO with MFA, records the
decision in the property system and e-mails the owner via GOV.UK Notify. The
web form validates uploads and is rate limited; the cloud stores are encrypted.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Police lost property matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Matches photos and descriptions of found property with the public's loss "
        "reports, for lost property officers to review."
    ),
)

# ---------------------------------------------------------------- data assets
loss_report = tg.Data(
    "Loss report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, place and time of loss, owner's name, e-mail and phone.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
loss_photo = tg.Data(
    "Loss report photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo the owner uploads of the lost item; may show people or addresses.",
)
report_reference = tg.Data("Report reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
found_record = tg.Data(
    "Found item record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, station, date found, finder's name and contact details.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
found_photo = tg.Data(
    "Found item photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of found wallets, phones, bags and ID cards, often showing personal details.",
)
embeddings = tg.Data(
    "Item embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Image and text vectors of found items and loss reports, keyed by record id.",
)
match_query = tg.Data("Match query", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
candidates = tg.Data(
    "Match candidates",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked pairs of loss report and found item, with similarity scores.",
)
return_decision = tg.Data(
    "Return decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Officer's confirmed match and the arrangements for collection.",
)
owner_notice = tg.Data(
    "Owner notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail telling the owner where and how to collect the item.",
)
weights = tg.Data(
    "Vision-language model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who has lost something; no account is needed to report.
    public = tm.add(tg.Actor("Member of the public", role="property owner"))
    # Where the pretrained image/text model is downloaded from at build time.
    hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hugging Face repository of the pretrained CLIP-style model.",
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government notification service used to e-mail owners.
    notify = tm.add(tg.ExternalService("GOV.UK Notify e-mail service"))

with tm.boundary("Force cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public report form on the force website; the way in for the public.
    web_form = tm.add(
        tg.Endpoint(
            "Loss report web form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="photo type and size checks, field length limits"),
                c.RateLimiting(requests_per_minute=20, note="WAF rule per client IP"),
            },
        )
    )
    # Holds the public's loss reports and their photos.
    report_store = tm.add(
        tg.DataStore(
            "Loss report store",
            stores={loss_report, loss_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cloud copy of found-item photos and records, for embedding and for the console.
    photo_store = tm.add(
        tg.DataStore(
            "Found item photo store",
            stores={found_photo, found_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Embeds new reports and found items as they arrive.
    pipeline = tm.add(
        tg.Pipeline(
            "Embedding pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Picks up new loss reports and the hourly found-item export.",
        )
    )
    # Pretrained image/text embedding model, used as downloaded.
    vision_model = tm.add(
        tg.Model(
            "Vision-language embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="CLIP-style model on a GPU node; embeds photos and descriptions.",
        )
    )
    # Similarity index over every open report and unclaimed found item.
    index = tm.add(tg.VectorStore("Item similarity index", stores={embeddings}))
    # Proposes candidate pairs when a new report or found item is indexed.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Nearest-neighbour search across reports and found items; top 10 pairs.",
        )
    )
    # Where officers review suggested matches and confirm returns.
    console = tm.add(
        tg.Endpoint(
            "Lost property caseworking console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="force Entra ID SSO with MFA"),
                c.RBAC(note="lost property role only"),
                c.HumanInTheLoop(
                    approver="lost property officer",
                    note="every suggested match is checked by an officer before the owner is contacted",
                ),
            },
        )
    )

with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # Front-counter staff who receive handed-in property.
    counter_staff = tm.add(tg.Actor("Front counter staff", role="station enquiry officer"))
    # Force-managed tablet at each station's front counter.
    tablet = tm.add(
        tg.Device(
            "Station property tablet",
            controls={c.Authentication(method="force Entra ID sign-in with MFA")},
            description="Force-managed tablet running the found-property app.",
        )
    )
    # The force's existing property system of record.
    pms = tm.add(
        tg.DataStore(
            "Property management system",
            stores={found_record, found_photo, return_decision},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Staff who decide whether a match is real and arrange the return.
    officer = tm.add(tg.Actor("Lost property officer", role="property officer"))

# ---------------------------------------------------------------- flows
# The public reports a loss.
tm.flow(public, web_form, loss_report, loss_photo, protocol="https")
tm.flow(web_form, public, report_reference, protocol="https")
tm.flow(web_form, report_store, loss_report, loss_photo)

# Found property is logged at the station.
tm.flow(counter_staff, tablet, found_record, found_photo, label="logged at the counter")
tm.flow(tablet, pms, found_record, found_photo, protocol="https")
tm.flow(pms, pipeline, found_record, found_photo, protocol="sftp", label="hourly export")

# Embedding and indexing.
tm.flow(hub, vision_model, weights, protocol="https", label="download at build")
tm.flow(report_store, pipeline, loss_report, loss_photo)
tm.flow(pipeline, photo_store, found_record, found_photo)
tm.flow(pipeline, vision_model, loss_photo, found_photo, loss_report, found_record)
tm.flow(vision_model, pipeline, embeddings)
tm.flow(pipeline, index, embeddings)

# Matching and review.
tm.flow(matcher, index, match_query, label="similarity query")
tm.flow(index, matcher, embeddings, label="nearest neighbours")
tm.flow(matcher, console, candidates)
tm.flow(report_store, console, loss_report, loss_photo)
tm.flow(photo_store, console, found_record, found_photo)
tm.flow(console, officer, candidates, loss_report, found_photo, protocol="https")
tm.flow(officer, console, return_decision, protocol="https")
tm.flow(console, pms, return_decision, protocol="https")

# The owner is told.
tm.flow(console, notify, owner_notice, protocol="https")
tm.flow(notify, public, owner_notice, protocol="smtp", label="e-mail")

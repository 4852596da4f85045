"""County natural history society: species records with model-suggested IDs (first design).

Society members sign in to the society website and submit sightings: species (if
they know it), date, grid reference, notes and one or more photos. An open-weights
species image classifier, downloaded from a public model hub and run on the
society's own server, suggests the likely species with a confidence for each
photo. Volunteer county recorders, each responsible for a taxon group, review the
pending records with the full locations and photos and accept, correct or reject
them; only verified records are published. A nightly publication job takes the
verified records, blurs the grid references of species on the society's
sensitive species list to 10 km squares, writes them to the public records table
behind the website's map and uploads them to the national biodiversity database.
Everything runs on one rented virtual server maintained by a volunteer webmaster
over SSH. Members and recorders sign in with e-mail and password, recorders get a
recorder role, uploads are type- and size-checked, and the database is backed up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Natural history society species record verification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members' species sightings, model-suggested IDs, recorder verification, "
    "publication with sensitive locations blurred.",
)

# ---------------------------------------------------------------- data assets
sighting = tg.Data(
    "Sighting records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Recorder name, date, species, precise grid reference (often a garden), notes.",
)
photos = tg.Data(
    "Sighting photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Members' uploaded photos, EXIF location data included.",
)
accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password hash, recorder role and taxon group.",
)
suggestion = tg.Data(
    "Species suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top five species with confidence, per photo.",
)
decision = tg.Data(
    "Verification decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
sensitive_list = tg.Data(
    "Sensitive species list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species whose locations must be blurred: nesting raptors, orchids, bats.",
)
public_records = tg.Data(
    "Published records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Verified records, sensitive species blurred to 10 km squares.",
)
weights = tg.Data(
    "Species classifier weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of a published species classifier.",
)
list_edits = tg.Data(
    "Sensitive species list edits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Society members who submit sightings; anyone can join online.
    member = tm.add(tg.Actor("Society member", role="recorder of sightings"))
    # Members of the public browsing the map of published records.
    visitor = tm.add(tg.Actor("Public visitor", role="anonymous visitor"))
    # Volunteer experts who verify records for their taxon group, from home.
    recorder = tm.add(tg.Actor("County recorder", role="verifier"))
    # Volunteer who maintains the server, deploys the model and edits the sensitive list.
    webmaster = tm.add(tg.Actor("Volunteer webmaster", role="administrator", privileged=True))
    # Public model hub the classifier weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("National biodiversity network", trust=tg.Trust.PARTNER):
    # National database that receives the society's verified records.
    national = tm.add(
        tg.ExternalService("National biodiversity database", provides="data-provider")
    )

with tm.boundary("Society virtual server", trust=tg.Trust.INTERNAL):
    # Submission forms, recorder verification queue and public map.
    website = tm.add(
        tg.Endpoint(
            "Society website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="recorder role opens the verification queue"),
                c.InputValidation(note="photo type and size checks on upload"),
            },
        )
    )
    # Suggests the species in each uploaded photo; advice only.
    classifier = tm.add(
        tg.Model(
            "Species image classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Pretrained on a citizen-science image set, used as downloaded.",
        )
    )
    # Nightly job: blurs sensitive locations, publishes and exports verified records.
    publisher = tm.add(
        tg.Pipeline(
            "Record publication job",
            stage=tg.Stage.DEPLOYMENT,
            description="Publishes only records a county recorder has verified.",
            controls={c.HumanInTheLoop(approver="county recorder")},
        )
    )
    # All sightings, verification status and member accounts.
    records_db = tm.add(
        tg.DataStore(
            "Records database",
            stores={sighting, accounts, decision},
            controls={c.DataVersioning(note="nightly database backups")},
        )
    )
    # Uploaded photos on the server's disk.
    photo_store = tm.add(tg.DataStore("Photo storage", stores={photos}))
    # Species whose locations must never be shown in full.
    sensitive_store = tm.add(tg.DataStore("Sensitive species list", stores={sensitive_list}))
    # What the public map and downloads read from.
    public_store = tm.add(tg.DataStore("Public records table", stores={public_records}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS (Let's Encrypt)")

tm.flow(member, website, sighting, photos, protocol="https", controls={tls})
tm.flow(website, member, suggestion, sighting, protocol="https", controls={tls})
tm.flow(website, records_db, sighting, suggestion)
tm.flow(records_db, website, sighting, accounts)
tm.flow(website, photo_store, photos)
tm.flow(photo_store, website, photos)
tm.flow(website, classifier, photos)
tm.flow(classifier, website, suggestion)

tm.flow(website, recorder, sighting, photos, suggestion, protocol="https", controls={tls})
tm.flow(recorder, website, decision, protocol="https", controls={tls})
tm.flow(website, records_db, decision, label="verification")

tm.flow(records_db, publisher, sighting, decision, label="verified records")
tm.flow(sensitive_store, publisher, sensitive_list)
tm.flow(publisher, public_store, public_records)
tm.flow(publisher, national, public_records, protocol="https", label="nightly upload")
tm.flow(public_store, website, public_records)
tm.flow(website, visitor, public_records, protocol="https", controls={tls})

tm.flow(hub, classifier, weights, protocol="https", label="downloaded at deploy")
tm.flow(
    webmaster,
    sensitive_store,
    list_edits,
    protocol="ssh",
    controls={c.Authentication(method="SSH key")},
)

"""City tree planting survey: the first design, before any security review.

The city council's tree team wants to plant more street trees where they are most
needed. A survey vehicle drives the streets taking street-level photos, which are
uploaded at the depot; licensed satellite imagery comes from an imagery provider's
API. An ingestion pipeline blurs faces and number plates in the street photos and
stores both kinds of imagery in the council's cloud tenancy. A ranking service runs
a vision model over the imagery to find empty tree pits and suitable planting spots,
then ranks them by shade need and by conflicts with underground pipes and cables,
using the asset records the utilities share under data-sharing agreements.
Residents can ask for a street tree through a web form on the council site. Tree
officers sign in with council SSO and MFA, review the ranked list in a review app
and approve the planting list, which is e-mailed to the planting contractor.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "City tree planting survey",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision model finds and ranks street tree planting spots for the council tree team.",
)

# ---------------------------------------------------------------- data assets
raw_photos = tg.Data(
    "Street-level survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged photos from the survey vehicle; passers-by and number plates appear.",
)
blurred_photos = tg.Data(
    "Blurred street photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Survey photos after face and plate blurring.",
)
satellite_tiles = tg.Data(
    "Satellite imagery tiles",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed imagery; the licence forbids redistribution.",
)
utility_records = tg.Data(
    "Underground utility asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Locations and depths of water mains, gas pipes and cables.",
)
tree_request = tg.Data(
    "Street tree request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident's name, address, e-mail and the spot they suggest.",
)
acknowledgement = tg.Data("Request acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Tree pit and planting spot detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
ranked_sites = tg.Data(
    "Ranked candidate planting sites",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sites with shade-need score, utility-conflict flags and linked resident requests.",
)
approval = tg.Data("Planting list approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
planting_list = tg.Data(
    "Approved planting list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spreadsheet of approved sites, species and planting season.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident of the city, unauthenticated, can ask for a street tree.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Survey vehicle", trust=tg.Trust.INTERNAL):
    # The council's roof-mounted camera rig that captures street-level photos.
    camera = tm.add(
        tg.Device(
            "Survey vehicle camera rig",
            fleet=False,
            description="360-degree camera with GPS; photos are uploaded over depot Wi-Fi.",
        )
    )

with tm.boundary("Imagery provider", trust=tg.Trust.PARTNER):
    # Commercial satellite imagery, licensed to the council under an agreement.
    imagery_provider = tm.add(
        tg.DataSource(
            "Satellite imagery provider",
            origin=tg.Origin.VENDOR,
            provides={satellite_tiles},
        )
    )

with tm.boundary("Utility companies", trust=tg.Trust.PARTNER):
    # Water, gas and power utilities share buried asset records under data-sharing agreements.
    utilities = tm.add(
        tg.DataSource(
            "Utility asset records",
            origin=tg.Origin.PARTNER,
            provides={utility_records},
            description="Quarterly extracts dropped on the council's SFTP server.",
        )
    )

with tm.boundary("Planting contractor", trust=tg.Trust.PARTNER):
    # The contractor who digs the pits and plants the trees on the approved list.
    contractor = tm.add(tg.Actor("Planting contractor", role="contractor"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form for tree requests, part of the council website.
    request_form = tm.add(
        tg.Endpoint(
            "Tree request web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(
                    note="form fields and address checked against the gazetteer"
                )
            },
        )
    )
    # Keeps resident requests until the site is planted or turned down.
    request_db = tm.add(tg.DataStore("Tree request database", stores={tree_request}))
    # Receives photos and tiles, blurs people and plates, writes them to the imagery store.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.DataMinimization(note="faces and number plates blurred before storage")
            },
        )
    )
    # Object storage for blurred street photos and satellite tiles.
    imagery_store = tm.add(
        tg.DataStore(
            "Imagery store",
            stores={blurred_photos, satellite_tiles},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Fine-tuned object detector that finds empty tree pits and plantable verges.
    vision_model = tm.add(
        tg.Model(
            "Planting spot vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Detector fine-tuned by the council's data team on labelled survey photos.",
        )
    )
    # Runs the model over new imagery and scores each spot for shade need and utility conflicts.
    ranking = tm.add(
        tg.Service(
            "Planting site ranking service",
            description="Combines detections, canopy cover, utility buffers and resident requests.",
        )
    )
    # Candidate and approved site lists.
    sites_db = tm.add(tg.DataStore("Planting site database", stores={ranked_sites, planting_list}))
    # Internal web app where tree officers review the ranked sites on a map and approve them.
    review_app = tm.add(
        tg.Endpoint(
            "Tree team review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="council Entra ID SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Arboricultural officers who decide what gets planted.
    officer = tm.add(tg.Actor("Tree officer", role="arboricultural officer"))

# ---------------------------------------------------------------- flows
tm.flow(resident, request_form, tree_request, protocol="https")
tm.flow(request_form, resident, acknowledgement, protocol="https")
tm.flow(request_form, request_db, tree_request)
tm.flow(request_db, ranking, tree_request, label="open requests")

tm.flow(camera, ingestion, raw_photos, protocol="https", label="upload at depot")
tm.flow(
    imagery_provider,
    ingestion,
    satellite_tiles,
    protocol="https",
    controls={tg.controls.Authentication(method="provider API key")},
)
tm.flow(ingestion, imagery_store, blurred_photos, satellite_tiles)
tm.flow(utilities, ranking, utility_records, protocol="sftp", label="quarterly extract")

tm.flow(imagery_store, ranking, blurred_photos, satellite_tiles)
tm.flow(ranking, vision_model, blurred_photos, satellite_tiles)
tm.flow(vision_model, ranking, detections)
tm.flow(ranking, sites_db, ranked_sites)

tm.flow(sites_db, review_app, ranked_sites)
tm.flow(review_app, officer, ranked_sites, protocol="https")
tm.flow(
    officer,
    review_app,
    approval,
    protocol="https",
    controls={tg.controls.HumanInTheLoop(approver="tree officer")},
)
tm.flow(review_app, sites_db, planting_list)
tm.flow(
    review_app, contractor, planting_list, protocol="smtp+starttls", label="e-mailed spreadsheet"
)

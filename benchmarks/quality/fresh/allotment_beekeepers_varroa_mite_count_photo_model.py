"""Allotment beekeepers' varroa mite counter: the first design, before any security review.

Members of an allotment beekeeping association slide a sticky board under each hive,
photograph it with their phone after a few days and upload the photo to the
association's small web app. A mite-counting detector (an open-weights object
detector fine-tuned by a volunteer on labelled boards) counts the mites, and a
treatment advice service turns the daily drop into a "treat now / monitor / fine"
suggestion using the national bee unit thresholds. Counts and apiary locations go
into a colony register, shown on a shared map that the treatment coordinator uses
to time group treatments across the site; notices go out by e-mail.
Everything runs in one cloud project the association rents; members sign in with
e-mail and password, traffic is HTTPS, uploads are checked for type and size, and
only coordinators can see exact apiary locations on the map. A volunteer retrains
the detector now and then on a laptop from member-corrected counts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment beekeepers varroa mite counter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Counts varroa mites on sticky-board photos, suggests treatment and maps colonies.",
)

# ---------------------------------------------------------------- data assets
board_photo = tg.Data(
    "Sticky board photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Phone photo of a hive's sticky board, with hive id and days on the hive.",
)
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address and plot number of the member.",
)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
mite_count = tg.Data("Mite count", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data("Treatment suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
colony_records = tg.Data(
    "Colony records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each colony's owner, plot location, count history and treatments given.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
map_view = tg.Data(
    "Colony map view",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Colonies by plot with their latest mite level.",
)
schedule = tg.Data("Group treatment schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data("Treatment notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
tiles = tg.Data("Map tiles", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
corrected_counts = tg.Data(
    "Corrected mite labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counts members corrected by hand on the result page, with their photos.",
)
weights = tg.Data("Mite detector weights", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Association members, photographing boards on their own phones.
    member = tm.add(tg.Actor("Member beekeeper", role="association member"))
    # A volunteer on the committee who plans site-wide treatments.
    coordinator = tm.add(
        tg.Actor("Treatment coordinator", role="committee volunteer", privileged=True)
    )

with tm.boundary("Association cloud project", trust=tg.Trust.INTERNAL):
    # The one web app members use: upload, results, account and map pages.
    web_app = tm.add(
        tg.Endpoint(
            "Association web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, 10 MB cap"),
            },
        )
    )
    # Keeps every uploaded board photo, for re-counting and retraining.
    photo_store = tm.add(tg.DataStore("Board photo bucket", stores={board_photo}))
    # The detector that finds and counts mites on a board photo.
    detector = tm.add(
        tg.Model(
            "Varroa mite detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Fine-tuned open-weights object detector; counts mites per board.",
        )
    )
    # Turns a count and days on the hive into a daily drop and a suggestion.
    advice_service = tm.add(
        tg.Service(
            "Treatment advice service",
            description="Applies the national bee unit daily-drop thresholds to the count.",
        )
    )
    # Members, colonies, plot locations and count history.
    register = tm.add(
        tg.DataStore(
            "Colony register",
            stores={member_account, colony_records, sign_in, schedule},
            controls={c.RBAC(note="exact plot locations visible to coordinators only")},
        )
    )
    # The shared map of colonies the association times group treatments from.
    colony_map = tm.add(tg.Service("Shared colony map"))
    # Where the volunteer uploads a retrained detector for the app to load.
    model_bucket = tm.add(tg.ModelRegistry("Detector model bucket", stores={weights}))

with tm.boundary("Volunteer laptop", trust=tg.Trust.INTERNAL):
    # The member who built the detector and retrains it a few times a season.
    ml_volunteer = tm.add(tg.Actor("ML volunteer", role="volunteer developer", privileged=True))
    # Jupyter notebook that fine-tunes the detector on corrected boards.
    retraining = tm.add(
        tg.Pipeline(
            "Retraining notebook",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Public map tiles behind the colony map.
    tile_provider = tm.add(tg.ExternalService("Map tile provider", provides="data-provider"))
    # Transactional e-mail for treatment notices and password resets.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(member, web_app, sign_in, board_photo, protocol="https", label="sign in and upload")
tm.flow(web_app, photo_store, board_photo)
tm.flow(web_app, detector, board_photo)
tm.flow(detector, web_app, mite_count)
tm.flow(web_app, advice_service, mite_count)
tm.flow(advice_service, web_app, advice)
tm.flow(web_app, register, mite_count, advice, member_account)
tm.flow(register, web_app, member_account, sign_in, colony_records, label="account and history")
tm.flow(web_app, member, mite_count, advice, colony_records, protocol="https")
tm.flow(member, web_app, corrected_counts, protocol="https", label="corrects a count")
tm.flow(web_app, register, corrected_counts, label="stores corrections")

tm.flow(register, colony_map, colony_records, schedule)
tm.flow(tile_provider, colony_map, tiles, protocol="https")
tm.flow(colony_map, coordinator, map_view, colony_records, protocol="https")
tm.flow(colony_map, member, map_view, schedule, protocol="https")
tm.flow(coordinator, colony_map, schedule, protocol="https", label="sets group treatment dates")
tm.flow(colony_map, register, schedule)
tm.flow(colony_map, mailer, notice, protocol="https")
tm.flow(mailer, member, notice, protocol="smtp")

tm.flow(photo_store, retraining, board_photo, protocol="https", label="export for retraining")
tm.flow(register, retraining, corrected_counts, protocol="https", label="export for retraining")
tm.flow(ml_volunteer, retraining, corrected_counts, label="checks and relabels boards")
tm.flow(retraining, model_bucket, weights, protocol="https")
tm.flow(model_bucket, detector, weights, label="loaded at start-up")

"""Dairy herd lameness cameras: the first design, before any security review.

Two cameras over the exit race of the milking parlour film every cow as she walks
back to the shed, and an EID reader on the race identifies her. A small edge box in
the parlour office cuts a clip per cow, tags it with her ear-tag number and uploads
it to the camera vendor's cloud. There the vendor's gait model gives each cow a
mobility score from 0 to 3, and the scores are kept per cow with a nightly sync of
the herd records from the farm's herd management software. Each morning the herd
manager signs in to the vendor dashboard (e-mail and password) to see the list of
cows scored lame and phones the foot trimmer to book them in. Once a month a vendor
job combines the scores with the breeding records into a breeding advice report that
is e-mailed to the farm's vet. The vendor keeps clips for 30 days in encrypted cloud
storage, and validated the model against trained mobility scorers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dairy herd lameness cameras",
    profile=tg.RiskProfile.LOW,
    description="Camera gait scoring of dairy cows, daily lame lists and a monthly vet report.",
)

# ---------------------------------------------------------------- data assets
race_video = tg.Data(
    "Exit race video",
    kind="media",
    description="Continuous video of the race; farm staff walk through it at times.",
)
eid_reads = tg.Data("EID tag reads", kind="records", description="Ear-tag number and time.")
gait_clips = tg.Data("Tagged gait clips", kind="media", description="One clip per cow pass.")
gait_scores = tg.Data(
    "Mobility scores",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
herd_records = tg.Data(
    "Herd records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cow ids, lactations, calving dates, sires and treatment history.",
)
lame_list = tg.Data("Daily lame cow list", kind="records")
trim_booking = tg.Data("Foot trimming booking", kind="records")
trim_records = tg.Data("Foot trimming records", kind="records")
breeding_report = tg.Data(
    "Breeding advice report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lameness by sire line and cow family, with culling and sire suggestions.",
)
login = tg.Data("Dashboard sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm network", trust=tg.Trust.INTERNAL):
    # Film each cow leaving the parlour.
    cameras = tm.add(tg.Device("Exit race cameras"))
    # Reads the ear tag so each clip belongs to a known cow.
    eid_reader = tm.add(tg.Device("Race EID reader", fleet=False))
    # Cuts and tags a clip per cow pass and uploads it.
    edge_box = tm.add(tg.Service("Parlour edge box"))
    # The farm's herd management software, the record of every cow.
    herd_software = tm.add(
        tg.DataStore("Herd management software", stores={herd_records, trim_records})
    )
    # Runs the herd day to day and acts on the lame list.
    manager = tm.add(tg.Actor("Herd manager", role="farm staff"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # Holds uploaded clips until they are scored and reviewed.
    clip_store = tm.add(
        tg.DataStore(
            "Gait clip store",
            stores={gait_clips},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # The vendor's model that scores each cow's gait.
    gait_model = tm.add(
        tg.Model(
            "Gait scoring model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            controls={c.ModelValidation(note="validated against trained mobility scorers")},
        )
    )
    # Scores per cow, with the synced herd records.
    score_db = tm.add(tg.DataStore("Herd score database", stores={gait_scores, herd_records}))
    # Where the herd manager sees the daily list and trends.
    dashboard = tm.add(
        tg.Endpoint(
            "Vendor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the monthly breeding advice report for the vet.
    report_job = tm.add(tg.Service("Monthly breeding report job"))

with tm.boundary("Outside contacts", trust=tg.Trust.UNTRUSTED):
    # Self-employed foot trimmer booked by phone.
    trimmer = tm.add(tg.Actor("Foot trimmer", role="contractor"))
    # The farm's vet practice, which receives the report monthly.
    vet = tm.add(tg.Actor("Farm vet", role="veterinary surgeon"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_box, race_video, protocol="rtsp")
tm.flow(eid_reader, edge_box, eid_reads)
tm.flow(edge_box, clip_store, gait_clips, protocol="https")

tm.flow(clip_store, gait_model, gait_clips)
tm.flow(gait_model, score_db, gait_scores)
tm.flow(herd_software, score_db, herd_records, protocol="https", label="nightly sync")

tm.flow(manager, dashboard, login, protocol="https")
tm.flow(score_db, dashboard, gait_scores, lame_list)
tm.flow(dashboard, manager, lame_list, protocol="https")
tm.flow(manager, trimmer, trim_booking, protocol="phone")
tm.flow(manager, herd_software, trim_records)

tm.flow(score_db, report_job, gait_scores, herd_records, label="monthly")
tm.flow(report_job, vet, breeding_report, protocol="email")

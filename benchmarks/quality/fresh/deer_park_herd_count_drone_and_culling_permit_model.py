"""Deer park herd count: the first design, before any security review.

A public deer park in Ireland counts its fallow deer herd from the air each winter.
A ranger flies a thermal survey drone over the park at dawn; the footage is copied
from the drone's card to a field tablet and uploaded to the park's cloud tenant,
where an in-house detector (fine-tuned from open weights on frames the wildlife
manager labelled) counts deer by age and sex class. A cull planning service turns
the counts and last season's cull returns into a cull plan, and asks a hosted LLM
to draft the narrative of the wildlife licence application. The wildlife manager
reviews and approves the plan in the park operations web app and submits the
application to the government licensing portal by hand. Contract stalkers sign in
to the same web app from their phones to see their assignments and file returns.
Controls in this design: TLS on every link, a per-tablet key on the upload API,
password sign-in with roles on the web app, encrypted footage storage, pinned
detector versions and the manager's approval of every cull plan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Deer park herd count and culling permit",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drone thermal survey of a park deer herd, a detector that counts it, and a "
        "cull plan and licence application drafted from the counts."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Thermal survey footage",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dawn thermal video of the park; early walkers and cyclists can appear in it.",
)
flight_plan = tg.Data(
    "Survey flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
flight_logs = tg.Data("Drone flight logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
counts = tg.Data(
    "Deer counts by age and sex class",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labels = tg.Data("Labelled thermal frames", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
cull_returns = tg.Data(
    "Cull returns",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Animals shot per session: class, location, stalker, carcass tag.",
)
cull_plan = tg.Data(
    "Cull plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Quota per class, dates, park zones closed for each session, stalkers assigned.",
)
plan_approval = tg.Data("Cull plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
draft_prompt = tg.Data(
    "Herd statistics and quota for drafting",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
)
draft_text = tg.Data("Draft licence application text", kind="model-output")
application = tg.Data(
    "Wildlife licence application", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
licence = tg.Data("Issued cull licence", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stalker_details = tg.Data(
    "Stalker details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers, firearm certificate numbers and insurance expiry dates.",
)
accounts = tg.Data(
    "Web app sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Park grounds", trust=tg.Trust.UNTRUSTED, description="Open to the public day and night."
):
    # Quadcopter with a radiometric thermal camera, flown on a pre-planned grid at dawn.
    drone = tm.add(tg.Device("Thermal survey drone", fleet=False))
    # The ranger's ground-control tablet: runs the vendor flight app and uploads footage.
    tablet = tm.add(tg.Device("Field survey tablet", fleet=False))

with tm.boundary("Drone vendor cloud", trust=tg.Trust.PARTNER):
    # The drone maker's service: stores flight plans and syncs flight logs, as its app requires.
    vendor_cloud = tm.add(tg.ExternalService("Drone flight cloud"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contract deer stalkers, self-employed, using their own phones.
    stalker = tm.add(tg.Actor("Contract stalker", role="contractor"))

with tm.boundary("Government licensing", trust=tg.Trust.PARTNER):
    # The wildlife service's online portal where cull licences are applied for and issued.
    portal = tm.add(tg.ExternalService("Wildlife licensing portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Used only to draft the prose of the licence application.
    llm = tm.add(tg.LLM("Hosted drafting LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # Sets the herd target, labels training frames, approves plans, submits applications.
    manager = tm.add(tg.Actor("Wildlife manager", role="wildlife manager", privileged=True))

with tm.boundary("Park cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives survey footage from the field tablet.
    upload = tm.add(
        tg.Endpoint(
            "Footage upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Object storage for the raw survey footage.
    footage_store = tm.add(
        tg.DataStore(
            "Survey footage store",
            stores={footage},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Counts deer per frame track and classes them as stag, buck, doe or fawn.
    detector = tm.add(
        tg.Model(
            "Deer detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            controls={c.ModelVersioning()},
            description="The counts set how many animals the cull plan allows.",
        )
    )
    # Frames the wildlife manager has boxed and classed, kept for retraining.
    training_set = tm.add(tg.Dataset("Labelled frame set", stores={labels}))
    # Fine-tunes the detector once a year before the winter survey.
    training = tm.add(
        tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Survey counts, cull returns and approved cull plans, season by season.
    herd_db = tm.add(
        tg.DataStore("Herd records database", stores={counts, cull_returns, cull_plan})
    )
    # Population model: compares counts with the target density and proposes a quota.
    planner = tm.add(
        tg.Service(
            "Cull planning service",
            controls={c.HumanInTheLoop(approver="the wildlife manager")},
            description="No plan is final until the wildlife manager approves it in the web app.",
        )
    )
    # Where the manager reviews plans and stalkers see assignments and file returns.
    web_app = tm.add(
        tg.Endpoint(
            "Park operations web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="manager and stalker roles"),
            },
        )
    )
    # Who may stalk in the park, with their firearm certificates, and their sign-ins.
    roster = tm.add(tg.DataStore("Stalker roster", stores={stalker_details, accounts}))

# ---------------------------------------------------------------- flows
tm.flow(vendor_cloud, tablet, flight_plan, protocol="https")
tm.flow(tablet, drone, flight_plan, protocol="vendor radio link")
tm.flow(drone, tablet, footage, protocol="usb", label="SD card copied after landing")
tm.flow(tablet, vendor_cloud, flight_logs, protocol="https")
tm.flow(tablet, upload, footage, protocol="https")
tm.flow(upload, footage_store, footage)

tm.flow(footage_store, detector, footage)
tm.flow(detector, herd_db, counts)

tm.flow(manager, web_app, labels, protocol="https", label="labels frames")
tm.flow(footage_store, web_app, footage, label="frames to label")
tm.flow(web_app, training_set, labels)
tm.flow(training_set, training, labels)
tm.flow(footage_store, training, footage)
tm.flow(training, detector, weights, label="deploy")

tm.flow(herd_db, planner, counts, cull_returns)
tm.flow(planner, llm, draft_prompt, protocol="https")
tm.flow(llm, planner, draft_text, protocol="https")
tm.flow(planner, web_app, cull_plan, draft_text, label="proposed plan")
tm.flow(web_app, manager, cull_plan, draft_text, protocol="https")
tm.flow(manager, web_app, plan_approval, protocol="https")
tm.flow(web_app, herd_db, cull_plan, label="approved plan")

tm.flow(manager, portal, application, protocol="https", label="submitted by hand")
tm.flow(portal, manager, licence, protocol="https")

tm.flow(web_app, stalker, cull_plan, protocol="https", label="own assignments")
tm.flow(stalker, web_app, cull_returns, protocol="https")
tm.flow(web_app, herd_db, cull_returns)
tm.flow(roster, web_app, stalker_details, accounts)
tm.flow(manager, web_app, stalker_details, protocol="https", label="maintains roster")
tm.flow(web_app, roster, stalker_details)

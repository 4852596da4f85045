"""Route familiarisation briefings for bus drivers: the first design, before any security review.

When a route is new or diverted, a depot trainer drives it with a survey dashcam;
the footage uploads over depot Wi-Fi to a video store in the company's cloud
account. A briefing service takes sampled frames from the video, the route's stop
list exported nightly from the scheduling system, and the hazard notes that drivers
and trainers have logged (low bridges, tight turns, school crossings), and asks a
vendor-hosted multimodal LLM for a turn-by-turn familiarisation briefing. Drafts
wait in a review portal, where the depot trainer corrects and approves them; only
approved briefings are published to the library that drivers read on the fleet's
shared cab tablets, which also let drivers log new hazard notes. The portal uses
company SSO with MFA, drivers sign in on the tablets with their staff number and
PIN, traffic is HTTPS and the video store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Route familiarisation briefings",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted, trainer-approved route briefings for bus drivers "
    "from survey videos, stop lists and hazard notes.",
)

# ---------------------------------------------------------------- data assets
route_video = tg.Data(
    "Route survey video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Forward-facing footage of the route; shows pedestrians, faces and number plates.",
)
stop_list = tg.Data(
    "Route stop list",
    kind="records",
    description="Ordered stops with timing points and stand locations.",
)
hazard_notes = tg.Data(
    "Hazard notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Free-text notes with the author's staff number: low bridges, tight turns, crossings.",
)
briefing_prompt = tg.Data(
    "Briefing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, sampled video frames, the stop list and hazard notes for the route.",
)
draft_briefing = tg.Data(
    "Draft briefing",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
trainer_edits = tg.Data("Trainer edits and approval", kind="records")
published_briefing = tg.Data(
    "Approved route briefing",
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads frames and text and writes the briefing.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Bus fleet on mobile network", trust=tg.Trust.UNTRUSTED):
    # Drivers read briefings before taking a new route and report hazards.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Shared company tablets in the cabs, on the public mobile network.
    tablet = tm.add(
        tg.Device(
            "Cab tablet app",
            fleet=True,
            controls={c.Authentication(method="staff number and PIN")},
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Trainer who surveys routes, reviews drafts and signs off briefings.
    trainer = tm.add(tg.Actor("Depot trainer", role="driver trainer"))
    # Dashcam kit fitted to the survey bus; uploads footage over depot Wi-Fi.
    dashcam = tm.add(tg.Device("Survey dashcam", fleet=False))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Source of truth for routes and stops; exports stop lists nightly.
    scheduling = tm.add(
        tg.DataSource("Scheduling system", origin=tg.Origin.INTERNAL, provides={stop_list})
    )
    # Holds survey footage until the briefing has been approved.
    video_store = tm.add(
        tg.DataStore(
            "Route video store",
            stores={route_video},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hazard notes from drivers and trainers, per route section.
    hazard_register = tm.add(tg.DataStore("Hazard note register", stores={hazard_notes}))
    # Samples frames, assembles the prompt, calls the LLM and files the draft.
    generator = tm.add(tg.Service("Briefing generation service"))
    # Drafts waiting for review.
    draft_store = tm.add(tg.DataStore("Draft briefing store", stores={draft_briefing}))
    # Web portal where the trainer edits and approves drafts.
    portal = tm.add(
        tg.Endpoint(
            "Trainer review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="depot trainer"),
            },
        )
    )
    # What drivers read: approved briefings only.
    library = tm.add(tg.DataStore("Briefing library", stores={published_briefing}))

# ---------------------------------------------------------------- flows
tm.flow(dashcam, video_store, route_video, protocol="https", label="upload over depot Wi-Fi")
tm.flow(video_store, generator, route_video)
tm.flow(scheduling, generator, stop_list, label="nightly stop list export")
tm.flow(hazard_register, generator, hazard_notes)

tm.flow(generator, llm, briefing_prompt, protocol="https")
tm.flow(llm, generator, draft_briefing, protocol="https")
tm.flow(generator, draft_store, draft_briefing)

tm.flow(draft_store, portal, draft_briefing)
tm.flow(video_store, portal, route_video, label="trainer checks against footage")
tm.flow(portal, trainer, draft_briefing, route_video, protocol="https")
tm.flow(trainer, portal, trainer_edits, protocol="https")
tm.flow(trainer, portal, hazard_notes, protocol="https", id="trainer-hazard-notes")
tm.flow(portal, hazard_register, hazard_notes)
tm.flow(portal, draft_store, trainer_edits)
tm.flow(portal, library, published_briefing, label="publish on approval")

tm.flow(library, tablet, published_briefing, protocol="https")
tm.flow(tablet, driver, published_briefing)
tm.flow(driver, tablet, hazard_notes)
tm.flow(tablet, hazard_register, hazard_notes, protocol="https")

"""Community speed watch: roadside sightings, LLM-drafted warning letters, sent by the police.

Volunteers of a village speed watch group stand at agreed roadside sites with a
hand-held radar gun paired to a tablet over Bluetooth. For each vehicle over the
threshold they type the number plate, make, model and colour into the tablet app, which
stores the speed reading with time and site and uploads the sightings to the group's
hosted speed watch portal. A letter service there sends each sighting, the letter
templates and the force's wording guidance to a hosted LLM, which drafts a warning
letter. The group coordinator reviews sightings and drafts in the portal and releases a
batch; the force's speed watch officer downloads it, looks each plate up in the police
keeper look-up, and has the letters merged with keeper addresses, printed and posted.
Volunteers and the coordinator sign in with their own e-mail and password, with roles in
the portal; traffic is HTTPS; the coordinator approves every letter before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community speed watch reports and warning letters",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Volunteer radar sightings turned into LLM-drafted warning letters that the "
        "police send to registered keepers."
    ),
)

# ---------------------------------------------------------------- data assets
radar_reading = tg.Data("Radar speed reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sighting = tg.Data(
    "Speeding vehicle sighting",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Number plate, make, model, colour, speed, time, site and volunteer names.",
)
volunteer_credentials = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
templates = tg.Data(
    "Letter templates and police wording guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Letter drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The sighting details with the template and guidance.",
)
draft = tg.Data("Draft warning letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
batch = tg.Data(
    "Approved letter batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Coordinator-approved drafts with their sightings.",
)
plate_query = tg.Data("Number plate query", kind="records", sensitivity=tg.Sensitivity.PII)
keeper = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper name and address for the plate.",
)
letter = tg.Data("Posted warning letter", kind="documents", sensitivity=tg.Sensitivity.PII)
sent_status = tg.Data("Letter sent status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside watch site", trust=tg.Trust.PARTNER):
    # Trained volunteers running a watch session at an approved site.
    volunteer = tm.add(tg.Actor("Speed watch volunteer", role="volunteer"))
    # Hand-held radar gun the group bought; sends each reading to the tablet.
    radar = tm.add(tg.Device("Radar speed gun", fleet=False))
    # The group's tablet running the speed watch app; keeps sightings until upload.
    tablet = tm.add(tg.Device("Speed watch tablet", fleet=False))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Runs the group, reviews sightings and releases letters, from home.
    coordinator = tm.add(tg.Actor("Group coordinator", role="speed watch coordinator"))
    # The vehicle's registered keeper, who receives the letter by post.
    keeper_person = tm.add(tg.Actor("Registered keeper", role="letter recipient"))

with tm.boundary("Speed watch hosting", trust=tg.Trust.INTERNAL):
    # Web portal and app API the tablet, the coordinator and the police use.
    portal = tm.add(
        tg.Endpoint(
            "Speed watch portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="each user's own e-mail and password"),
                c.RBAC(note="volunteer, coordinator and police roles"),
                c.InputValidation(note="plate format and speed range checked on upload"),
            },
        )
    )
    # All sightings uploaded by the group.
    sightings_db = tm.add(
        tg.DataStore(
            "Sightings database",
            stores={sighting, volunteer_credentials},
            controls={c.EncryptionAtRest(key_management="hosting provider disk encryption")},
        )
    )
    # Builds prompts from sightings and stores the drafts.
    letter_service = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={c.HumanInTheLoop(approver="group coordinator, every letter before release")},
        )
    )
    # Templates and the force's required wording.
    template_store = tm.add(tg.DataStore("Letter templates", stores={templates}))
    # Drafts awaiting coordinator review, and approved batches for the police.
    draft_store = tm.add(tg.DataStore("Draft letter store", stores={draft, batch}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the letter text.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Police force network", trust=tg.Trust.PARTNER):
    # The force's community speed watch officer who checks and sends letters.
    officer = tm.add(tg.Actor("Police speed watch officer", role="police staff"))
    # The force's access to registered keeper details for a plate.
    keeper_lookup = tm.add(
        tg.ExternalService("Police vehicle keeper look-up", provides="data-provider")
    )
    # The force's mail merge, print and post room.
    print_room = tm.add(tg.ExternalService("Police letter print and post"))

# ---------------------------------------------------------------- flows
tm.flow(radar, tablet, radar_reading, protocol="bluetooth")
tm.flow(volunteer, tablet, volunteer_credentials, sighting, label="typed plate and vehicle")
tm.flow(tablet, volunteer, sighting, label="session list")
tm.flow(tablet, portal, volunteer_credentials, sighting, protocol="https")
tm.flow(portal, sightings_db, sighting, volunteer_credentials)
tm.flow(sightings_db, portal, sighting)

tm.flow(sightings_db, letter_service, sighting)
tm.flow(template_store, letter_service, templates)
tm.flow(letter_service, llm, prompt, protocol="https")
tm.flow(llm, letter_service, draft, protocol="https")
tm.flow(letter_service, draft_store, draft)

tm.flow(coordinator, portal, volunteer_credentials, batch, protocol="https", label="approves")
tm.flow(portal, coordinator, sighting, draft, protocol="https", label="review")
tm.flow(draft_store, portal, draft, batch)
tm.flow(portal, draft_store, batch, label="release batch")

tm.flow(officer, portal, volunteer_credentials, sent_status, protocol="https")
tm.flow(portal, officer, batch, protocol="https", label="download batch")
tm.flow(officer, keeper_lookup, plate_query)
tm.flow(keeper_lookup, officer, keeper)
tm.flow(officer, print_room, batch, keeper)
tm.flow(print_room, keeper_person, letter, protocol="post")
tm.flow(portal, sightings_db, sent_status, label="letter sent")

"""Girl guides unit: activity photos to badge evidence with a hosted LLM (first design).

The unit's leaders photograph the girls' activities at meetings and camps on their
own phones and upload the photos, with short notes naming who did what, through the
unit app. An evidence drafting service sends the photos, notes and the badge's
criteria to a hosted multimodal LLM, which drafts a piece of badge evidence for
each girl; a leader reads, edits and approves every draft before it is published.
Parents sign in to the same app to see their daughter's badge progress and the
approved evidence with its photos, and get an e-mail when something new appears.
Girls, parents and photo consent come from a nightly sync of the Girlguiding
membership system. The app was built by a volunteer and runs on a UK cloud
platform. Controls: HTTPS throughout, leader sign-in with an authenticator code,
parent sign-in by e-mailed link, photos only of girls with photo consent, first
names only in prompts, and encrypted photo storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Girl guides unit activity evidence",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Leaders upload activity photos and notes; a hosted LLM drafts badge evidence "
        "per girl, leaders approve it, and parents follow progress in the unit app."
    ),
)

# ---------------------------------------------------------------- data assets
activity_photos = tg.Data(
    "Activity photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of girls (aged 10-14) at meetings and camps.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
activity_notes = tg.Data(
    "Activity notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Leader's notes of the activity and which girls took part in what.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Girls' names, ages, patrol, parent contacts and photo consent.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
badge_criteria = tg.Data("Badge criteria", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
evidence_prompt = tg.Data(
    "Evidence drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, badge criteria, notes, the photos and the girl's first name.",
)
draft_evidence = tg.Data(
    "Draft badge evidence", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approved_evidence = tg.Data(
    "Approved badge evidence", kind="records", sensitivity=tg.Sensitivity.PII
)
leader_approval = tg.Data(
    "Leader edits and approval", kind="records", sensitivity=tg.Sensitivity.PII
)
badge_progress = tg.Data(
    "Daughter's badge progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Badges in progress and earned, approved evidence and its photos.",
)
parent_notification = tg.Data("New progress e-mail", sensitivity=tg.Sensitivity.PII)
sign_in_link = tg.Data("Parent sign-in link", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer leaders who run the unit's meetings and camps.
    leader = tm.add(tg.Actor("Unit leader", role="volunteer leader"))
    # The leader's own phone: photos are taken with it and uploaded from the app.
    leader_phone = tm.add(
        tg.Device(
            "Leader's personal phone",
            description="The leader's own phone with the unit app installed.",
        )
    )
    # Parents following their daughter's progress.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("Unit app cloud", trust=tg.Trust.INTERNAL):
    # The app's API for leaders and parents.
    unit_api = tm.add(
        tg.Endpoint(
            "Unit app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description=(
                "Leaders see their unit; parents see only the progress of the girls "
                "linked to their own account."
            ),
            controls={
                c.Authentication(
                    method="leaders: e-mail and password with TOTP; parents: e-mailed sign-in link"
                ),
                c.RBAC(),
                c.InputValidation(note="upload size and image type checks"),
            },
        )
    )
    # Calls the LLM for each girl tagged in an activity and files the drafts.
    drafting_service = tm.add(
        tg.Service(
            "Evidence drafting service",
            controls={
                c.DataMinimization(
                    note="first names only; photos of girls without photo consent are not uploaded"
                ),
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Activity photo store",
            stores={activity_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Girls, parents, activities, drafts and approved evidence.
    unit_db = tm.add(
        tg.DataStore(
            "Unit records database",
            stores={member_records, activity_notes, draft_evidence, approved_evidence},
        )
    )
    # Copy of Girlguiding's published badge requirements.
    criteria_store = tm.add(tg.DataStore("Badge criteria", stores={badge_criteria}))

with tm.boundary("Girlguiding", trust=tg.Trust.PARTNER):
    # The national membership system: the record of who is in the unit.
    membership = tm.add(
        tg.ExternalService("Girlguiding membership system", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the evidence from photos and notes; leaders approve every draft.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.HumanInTheLoop(approver="a unit leader, before parents see it")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends parents their sign-in links and progress notifications.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Leaders upload activities
tm.flow(leader, leader_phone, activity_photos, activity_notes, label="taken and typed on the phone")
tm.flow(leader_phone, unit_api, activity_photos, activity_notes, protocol="https")
tm.flow(unit_api, photo_store, activity_photos)
tm.flow(unit_api, unit_db, activity_notes)
tm.flow(membership, unit_db, member_records, protocol="https", label="nightly sync")

# Drafting evidence
tm.flow(unit_db, drafting_service, activity_notes, member_records)
tm.flow(photo_store, drafting_service, activity_photos)
tm.flow(criteria_store, drafting_service, badge_criteria)
tm.flow(drafting_service, llm, evidence_prompt, protocol="https")
tm.flow(llm, drafting_service, draft_evidence, protocol="https")
tm.flow(drafting_service, unit_db, draft_evidence)

# Leader review
tm.flow(unit_db, unit_api, draft_evidence)
tm.flow(photo_store, unit_api, activity_photos)
tm.flow(unit_api, leader_phone, draft_evidence, activity_photos, protocol="https")
tm.flow(leader_phone, leader, draft_evidence, label="on screen")
tm.flow(leader, leader_phone, leader_approval, label="tapped in the app")
tm.flow(leader_phone, unit_api, leader_approval, protocol="https")
tm.flow(unit_api, unit_db, approved_evidence)

# Parents
tm.flow(unit_api, email, parent_notification, sign_in_link, protocol="https")
tm.flow(email, parent, parent_notification, sign_in_link, protocol="smtp")
tm.flow(parent, unit_api, sign_in_link, protocol="https")
tm.flow(unit_db, unit_api, approved_evidence, label="parent view")
tm.flow(unit_api, parent, badge_progress, protocol="https")

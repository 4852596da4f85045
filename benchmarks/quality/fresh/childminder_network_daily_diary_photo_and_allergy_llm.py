"""Childminder network daily diary, photo and allergy LLM: the first design.

A network of registered childminders shares one app. During the day each
childminder jots short notes, meal entries and photos for the children in their
care on a phone or tablet; a diary service in the network's cloud account sends
the notes to a hosted LLM, which drafts the day's diary text and checks each
meal entry against the child's recorded allergies and dietary needs. The
childminder reads the draft and any allergy warning, edits it and posts it.
Parents read diaries and photos and message their childminder in the parent
app, and enter their child's allergies at enrolment; push notifications go
through the mobile platform's push service. A network coordinator runs an admin
console that onboards childminders and links children to them. Controls in this
design: e-mail and password sign-in with role-based access on the API, TLS on
every link to the outside, encryption at rest on the stores, and the
childminder's review of every draft before it is posted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Childminder network daily diary, photo and allergy LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Shared childminder app: LLM-drafted daily diaries, meal checks against recorded "
        "allergies, photos and messages for parents."
    ),
)

# ---------------------------------------------------------------- data assets
short_notes = tg.Data(
    "Childminder short notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Naps, nappies, activities and moods, a few words each.",
)
meal_entries = tg.Data("Meal entries", kind="records", sensitivity=tg.Sensitivity.PII)
allergies = tg.Data(
    "Child allergy and dietary records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allergies, intolerances, medical diets and religious diets per child.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
child_profiles = tg.Data(
    "Child profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, parents' contacts, emergency contacts, childminder link.",
)
enrolment = tg.Data(
    "Enrolment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The parent's entry of the child's profile, allergies and photo consent.",
)
prompt = tg.Data(
    "Diary drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the child's first name, the notes, meals and allergy list.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data("Draft diary text", kind="model-output", sensitivity=tg.Sensitivity.PII)
allergy_warning = tg.Data(
    "Meal allergy warning", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
diary = tg.Data("Posted daily diary", kind="documents", sensitivity=tg.Sensitivity.PII)
photos = tg.Data(
    "Photos of children",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
messages = tg.Data(
    "Parent and childminder messages", kind="documents", sensitivity=tg.Sensitivity.PII
)
notification = tg.Data(
    "Push notification",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'New diary entry' or 'New message', with the childminder's first name.",
)
assignments = tg.Data(
    "Childminder accounts and child assignments", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed childminders who joined the network; they work from home.
    childminder = tm.add(tg.Actor("Childminder", role="registered childminder"))
    # Where notes, meals and photos are captured through the day.
    childminder_app = tm.add(
        tg.Device(
            "Childminder app",
            description="iOS and Android app on the childminders' own phones and tablets.",
        )
    )
    # Parents of the children, invited by their childminder.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # The parents' view of diaries, photos and messages.
    parent_app = tm.add(
        tg.Device("Parent app", description="iOS and Android app on parents' phones.")
    )

with tm.boundary("Platform push service", trust=tg.Trust.PARTNER):
    # Apple and Google push delivery for new diary and message alerts.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts diary text and reads meals against the allergy list.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Network cloud account", trust=tg.Trust.INTERNAL):
    # The single backend API both apps and the admin console call.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="childminder and parent roles; parents linked to their children"),
            },
        )
    )
    # Builds the prompt, calls the LLM, returns the draft and any allergy warning.
    diary_service = tm.add(
        tg.Service(
            "Diary drafting service",
            controls={
                c.HumanInTheLoop(approver="the childminder, who edits and posts every diary"),
            },
        )
    )
    # Children, allergies and childminder links.
    children_db = tm.add(
        tg.DataStore(
            "Child records database",
            stores={child_profiles, allergies, assignments},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Posted diaries and the message threads.
    diary_db = tm.add(
        tg.DataStore(
            "Diary and message database",
            stores={diary, messages, meal_entries},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for the photos, served to the apps by the API.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Network office", trust=tg.Trust.INTERNAL):
    # Runs the network: checks registrations, onboards childminders, links children.
    coordinator = tm.add(tg.Actor("Network coordinator", role="coordinator", privileged=True))
    # Web console for the coordinator.
    admin_console = tm.add(
        tg.Service(
            "Admin console",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# childminders capture the day
tm.flow(
    childminder,
    childminder_app,
    short_notes,
    meal_entries,
    photos,
    label="typed and taken on the phone",
)
tm.flow(childminder_app, api, short_notes, meal_entries, photos, protocol="https")
tm.flow(api, photo_bucket, photos)
tm.flow(photo_bucket, api, photos)

# the LLM drafts the diary and checks the meals
tm.flow(api, diary_service, short_notes, meal_entries)
tm.flow(children_db, diary_service, allergies, child_profiles)
tm.flow(diary_service, llm, prompt, protocol="https")
tm.flow(llm, diary_service, completion, protocol="https")
tm.flow(diary_service, api, draft, allergy_warning)
tm.flow(api, childminder_app, draft, allergy_warning, messages, protocol="https")
tm.flow(childminder_app, childminder, draft, allergy_warning, messages, label="shown on the phone")

# the childminder posts the diary; parents are told
tm.flow(childminder_app, api, diary, messages, protocol="https", label="posts reviewed diary")
tm.flow(api, diary_db, diary, meal_entries, messages)
tm.flow(diary_db, api, diary, messages)
tm.flow(api, push, notification, protocol="https")
tm.flow(push, parent_app, notification, protocol="https")

# parents read, message and enrol
tm.flow(parent, parent_app, messages, enrolment, label="typed in the app")
tm.flow(parent_app, parent, diary, photos, messages, label="shown in the app")
tm.flow(parent_app, api, messages, enrolment, protocol="https")
tm.flow(api, parent_app, diary, photos, messages, protocol="https")
tm.flow(api, children_db, enrolment)
tm.flow(children_db, api, child_profiles, allergies)

# the network office
tm.flow(coordinator, admin_console, assignments, protocol="https")
tm.flow(admin_console, coordinator, child_profiles, assignments, protocol="https")
tm.flow(admin_console, children_db, assignments)
tm.flow(children_db, admin_console, child_profiles, assignments)

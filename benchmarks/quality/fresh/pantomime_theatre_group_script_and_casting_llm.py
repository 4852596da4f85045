"""Pantomime theatre group script and casting LLM: the first design.

A volunteer amateur theatre group in the UK stages a pantomime every Christmas,
with adult members and a children's chorus. Its committee web app has two LLM
features on a hosted model. The script assistant helps the writing team draft and
rework scenes from the group's script library (their own past scripts and the
licensed scripts they perform), and pulls local news headlines for topical jokes.
The casting assistant reads the audition forms and the director's audition notes
and suggests a cast list; the director and casting panel decide, and the cast is
announced by e-mail. Auditionees, and parents for under-18s, fill in a public
sign-up form. Everything runs on one managed hosting account; committee members
sign in with their Google accounts, the database is encrypted at rest, and the
casting assistant sends the model only first names, age bands and notes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pantomime theatre group script and casting LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Script-writing and casting help for an amateur pantomime group.",
)

# ---------------------------------------------------------------- data assets
audition_form = tg.Data(
    "Audition form",
    sensitivity="pii",
    kind="records",
    description="Name, age, contact details, availability, roles wanted, singing and dance experience.",
)
headshot = tg.Data("Headshot photo", sensitivity="pii", kind="media")
consent = tg.Data(
    "Parental consent and chaperone details",
    sensitivity="pii",
    kind="records",
    description="For under-18s: parent contact, consent, medical notes, chaperone arrangements.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
confirmation = tg.Data("Sign-up confirmation", sensitivity="pii", kind="documents")
audition_notes = tg.Data(
    "Audition notes",
    sensitivity="pii",
    kind="documents",
    description="The director's notes on each audition.",
)
casting_request = tg.Data("Casting request", sensitivity="internal", kind="instructions")
casting_prompt = tg.Data("Casting prompt", sensitivity="pii", kind="prompt")
casting_suggestions = tg.Data("Casting suggestions", sensitivity="pii", kind="model-output")
cast_list = tg.Data("Final cast list", sensitivity="pii", kind="records")
cast_email = tg.Data("Cast announcement e-mail", sensitivity="pii", kind="documents")

writer_request = tg.Data("Writer request", sensitivity="internal", kind="prompt")
script_prompt = tg.Data("Script prompt", sensitivity="internal", kind="prompt")
draft_scenes = tg.Data("Draft scenes", sensitivity="internal", kind="model-output")
script_drafts = tg.Data("Script drafts", sensitivity="internal", kind="documents")
licensed_scripts = tg.Data(
    "Licensed pantomime scripts",
    sensitivity="confidential",
    kind="documents",
    description="Scripts performed under licence from the publisher; not to be shared.",
)
headlines = tg.Data("Local news headlines", sensitivity="public", kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who wants to audition, adult or child.
    auditionee = tm.add(tg.Actor("Auditionee", role="auditionee"))
    # Parents sign up and consent for children in the chorus.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))
    # Committee volunteers work from home on their own devices.
    director = tm.add(tg.Actor("Director", role="director and casting panel lead"))
    writer = tm.add(tg.Actor("Script writer", role="writing team volunteer"))
    # Local paper's RSS feed, used for topical jokes.
    news_feed = tm.add(
        tg.DataSource("Local news feed", origin=tg.Origin.PUBLIC_WEB, provides={headlines})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind both assistants.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends sign-up confirmations and the cast announcement.
    mailer = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Group hosting account", trust=tg.Trust.INTERNAL):
    # Public form on the group's website for audition sign-ups.
    signup_form = tm.add(
        tg.Endpoint(
            "Audition sign-up form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields, photo type and size limits")},
        )
    )
    # Committee web app: casting pages for the director, script pages for writers.
    committee_app = tm.add(
        tg.Endpoint(
            "Committee web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google account sign-in (OIDC)")},
        )
    )
    # Builds the casting prompt from forms and notes and returns a suggested cast.
    casting = tm.add(
        tg.Service(
            "Casting assistant",
            controls={
                c.DataMinimization(note="first name, age band, roles wanted and notes only"),
                c.HumanInTheLoop(
                    approver="director and casting panel",
                    note="suggestions only; the panel decides the cast",
                ),
            },
        )
    )
    # Helps writers draft scenes from the library and topical headlines.
    script_assistant = tm.add(tg.Service("Script assistant"))
    # Members, audition forms, consents and notes.
    member_db = tm.add(
        tg.DataStore(
            "Members and auditions database",
            stores={audition_form, headshot, consent, audition_notes, cast_list},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Past and licensed scripts, and this year's drafts.
    script_library = tm.add(
        tg.DataStore("Script library", stores={script_drafts, licensed_scripts})
    )

# ---------------------------------------------------------------- flows
# Audition sign-up
tm.flow(auditionee, signup_form, audition_form, headshot, protocol="https")
tm.flow(parent, signup_form, audition_form, consent, protocol="https")
tm.flow(signup_form, member_db, audition_form, headshot, consent)
tm.flow(signup_form, mailer, confirmation, protocol="https")
tm.flow(mailer, auditionee, confirmation, protocol="smtp")
tm.flow(mailer, parent, confirmation, protocol="smtp")

# Casting
tm.flow(director, committee_app, audition_notes, casting_request, protocol="https")
tm.flow(committee_app, member_db, audition_notes)
tm.flow(member_db, committee_app, audition_form, headshot, audition_notes, label="audition pages")
tm.flow(committee_app, casting, casting_request)
tm.flow(member_db, casting, audition_form, audition_notes)
tm.flow(casting, llm, casting_prompt, protocol="https")
tm.flow(llm, casting, casting_suggestions, protocol="https")
tm.flow(casting, committee_app, casting_suggestions)
tm.flow(committee_app, director, audition_form, headshot, casting_suggestions, protocol="https")
tm.flow(director, committee_app, cast_list, protocol="https", label="confirms cast")
tm.flow(committee_app, member_db, cast_list)
tm.flow(committee_app, mailer, cast_email, protocol="https")
tm.flow(mailer, auditionee, cast_email, protocol="smtp")
tm.flow(mailer, parent, cast_email, protocol="smtp")

# Script writing
tm.flow(writer, committee_app, writer_request, protocol="https")
tm.flow(committee_app, script_assistant, writer_request)
tm.flow(script_library, script_assistant, script_drafts, licensed_scripts)
tm.flow(news_feed, script_assistant, headlines, protocol="https")
tm.flow(script_assistant, llm, script_prompt, protocol="https")
tm.flow(llm, script_assistant, draft_scenes, protocol="https")
tm.flow(script_assistant, script_library, script_drafts, label="saves drafts")
tm.flow(script_assistant, committee_app, draft_scenes)
tm.flow(committee_app, writer, draft_scenes, script_drafts, protocol="https")

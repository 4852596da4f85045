"""Dementia care reminiscence companion: the first design, before any security review.

A residential care provider gives each resident living with dementia a tablet
companion in their room. A speech vendor turns the resident's words into text
and the reply back into speech; an LLM hosted by a vendor chats with them about
their life, using the photos and life stories families upload through a web
portal, and reminds them of the daily routine (meals, activities, medication
rounds) carers keep up to date. Conversations are logged in our hosted cloud
tenancy; a job asks the LLM to summarise them and judge whether the resident
seemed distressed, and pages the carers on shift through a push provider if so.
Carers use a web dashboard with Entra ID SSO and MFA; families sign in with
e-mail and password; tablets call the backend with a per-tablet key. Life
stories and transcripts are encrypted with the cloud KMS, and the vendor's
safety filter sits in front of the LLM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dementia care reminiscence companion",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tablet companion for care-home residents with dementia: reminiscence chat, "
    "routine reminders, conversation summaries and distress alerts for carers.",
)

# ---------------------------------------------------------------- data assets
speech_audio = tg.Data(
    "Resident speech audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="What the resident says to the tablet, streamed in short clips.",
)
utterance = tg.Data("Resident utterance text", sensitivity=tg.Sensitivity.PII, kind="prompt")
photos = tg.Data(
    "Family photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos of the resident, relatives, homes and events, uploaded by family.",
)
stories = tg.Data(
    "Life stories",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Short written memories: places lived, work, names of relatives and pets.",
)
routine = tg.Data(
    "Daily routine schedule",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Meal, activity and medication-round times per resident.",
)
companion_prompt = tg.Data(
    "Companion prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the resident's words, recent turns, life-story snippets "
    "and the next routine item.",
)
reply_text = tg.Data("Companion reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesised reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
transcripts = tg.Data(
    "Conversation transcripts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Every turn with the resident, including mood and health remarks.",
)
summary = tg.Data(
    "Conversation summary and distress assessment",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
)
distress_alert = tg.Data(
    "Distress alert",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Resident, room and a one-line reason, sent to the carers on shift.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Relatives contribute the memories the companion talks about.
    family = tm.add(tg.Actor("Family member", role="relative"))

with tm.boundary("Care home", trust=tg.Trust.INTERNAL):
    # The person the companion is for; speaks to the tablet, may not recall using it.
    resident = tm.add(tg.Actor("Resident", role="care home resident"))
    # Staff on shift: keep routines current, read summaries, respond to alerts.
    carer = tm.add(tg.Actor("Carer", role="care staff"))
    # Wall-mounted tablet in each resident's room: microphone, speaker, screen for photos.
    tablet = tm.add(
        tg.Device(
            "Companion tablet",
            fleet=True,
            description="Locked-down kiosk-mode tablet on the care home Wi-Fi, one per room.",
        )
    )

with tm.boundary("Hosted cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where families upload photos and stories and see what they uploaded.
    family_portal = tm.add(
        tg.Endpoint(
            "Family upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, account invited by the care home"),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Carers' web dashboard: routines in, summaries out.
    carer_dashboard = tm.add(
        tg.Endpoint(
            "Carer dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app carers open from care home PCs and phones.",
            controls={
                c.Authentication(method="care provider Entra ID single sign-on with MFA"),
                c.RBAC(note="carers see the residents of their own care home"),
            },
        )
    )
    # Runs each conversation turn: speech in, context assembly, LLM call, speech out.
    conversation = tm.add(
        tg.Service(
            "Conversation service",
            description="Transcribes the resident, retrieves life-story snippets and the "
            "next routine item, calls the LLM and sends back speech and a photo to show.",
            controls={c.Authentication(method="per-tablet API key provisioned at enrolment")},
        )
    )
    # Photos and stories from families, per resident.
    life_story_store = tm.add(
        tg.DataStore(
            "Life story library",
            stores={photos, stories},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Routines carers maintain, read by the companion for reminders.
    routine_store = tm.add(tg.DataStore("Routine schedule store", stores={routine}))
    # Transcripts and the daily summaries carers read.
    conversation_log = tm.add(
        tg.DataStore(
            "Conversation log",
            stores={transcripts, summary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Asks the LLM to summarise the day and judge distress; raises the alert.
    summary_job = tm.add(
        tg.Service(
            "Summary and distress job",
            description="Runs after each conversation ends and once each evening.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Companion LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content safety filter")},
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Speech-to-text and text-to-speech API.
    speech = tm.add(tg.ExternalService("Speech vendor API", provides="model-api"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers distress alerts to carers' work phones.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
# Families upload memories and can see what they have uploaded.
tm.flow(family, family_portal, photos, stories, protocol="https")
tm.flow(family_portal, life_story_store, photos, stories)
tm.flow(life_story_store, family_portal, photos, stories, label="family's own uploads")
tm.flow(family_portal, family, photos, stories, protocol="https")

# Carers keep routines current.
tm.flow(carer, carer_dashboard, routine, protocol="https")
tm.flow(carer_dashboard, routine_store, routine)

# A conversation turn.
tm.flow(resident, tablet, speech_audio, label="speaks")
tm.flow(tablet, conversation, speech_audio, protocol="https")
tm.flow(conversation, speech, speech_audio, protocol="https", label="speech to text")
tm.flow(speech, conversation, utterance, protocol="https")
tm.flow(life_story_store, conversation, photos, stories, label="life-story retrieval")
tm.flow(routine_store, conversation, routine, label="next routine item")
tm.flow(conversation, llm, companion_prompt, protocol="https")
tm.flow(llm, conversation, reply_text, protocol="https")
tm.flow(conversation, speech, reply_text, protocol="https", label="text to speech")
tm.flow(speech, conversation, reply_audio, protocol="https")
tm.flow(conversation, tablet, reply_audio, photos, protocol="https")
tm.flow(tablet, resident, reply_audio, photos, label="speaks and shows photo")
tm.flow(conversation, conversation_log, transcripts)

# Summaries and distress alerts.
tm.flow(conversation_log, summary_job, transcripts)
tm.flow(summary_job, llm, transcripts, protocol="https", label="summarise and assess distress")
tm.flow(llm, summary_job, summary, protocol="https")
tm.flow(summary_job, conversation_log, summary)
tm.flow(summary_job, push, distress_alert, protocol="https")
tm.flow(push, carer, distress_alert, protocol="https")
tm.flow(conversation_log, carer_dashboard, summary)
tm.flow(carer_dashboard, carer, summary, routine, protocol="https")

"""Branch appointment voicebot: the first design, before any security review.

Retail-bank customers (and prospective customers) ring the branch appointments
number. The call arrives from the carrier over a SIP trunk at our voice gateway in
the contact-centre cloud, which streams the audio to a vendor speech service for
transcription and synthesis. A voicebot agent, backed by a hosted LLM, answers
opening-hours and services questions from the branch directory and books, moves
or cancels branch appointments in the branch diary. Existing customers are
recognised by the calling number plus the date of birth they say, matched to
the customer record in the CRM. Bookings are confirmed by SMS through an SMS
provider; calls the bot cannot handle are transferred to a contact-centre adviser.
Branch staff see the day's appointments in the diary. Controls in this design:
TLS on vendor links and the SIP trunk, staff SSO and roles on the diary, encrypted
CRM, vendor due diligence on the LLM provider, and a cap on the bot's tool calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Branch appointment voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone voicebot that books branch appointments and answers opening-hours questions.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller speech audio", sensitivity=tg.Sensitivity.PII, kind="media")
bot_audio = tg.Data("Synthesised bot speech", sensitivity=tg.Sensitivity.PII, kind="media")
caller_number = tg.Data(
    "Calling phone number",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The CLI presented by the carrier with the call.",
)
utterance = tg.Data("Caller utterance transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
bot_reply = tg.Data("Bot reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
id_check = tg.Data(
    "Identification request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Calling number and the date of birth the caller said.",
)
id_result = tg.Data(
    "Identification result",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Matched or not, with the customer's first name and customer id.",
)
customer_record = tg.Data(
    "Customer identity record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Available slots and booking outcome", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
appointments = tg.Data(
    "Branch appointments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone number, customer id if known, branch, time and reason for visit.",
)
branch_query = tg.Data(
    "Branch information query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
branch_info = tg.Data(
    "Branch opening hours and services", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
confirmation_sms = tg.Data("Appointment confirmation SMS", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
handoff = tg.Data(
    "Transferred call and handoff summary",
    sensitivity=tg.Sensitivity.PII,
    description="Live call audio plus the bot's summary of the conversation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can ring the number; the calling number is only what the network presents.
    caller = tm.add(tg.Actor("Caller", role="customer or member of the public"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # The carrier terminates the public number and delivers calls over a SIP trunk.
    carrier = tm.add(tg.ExternalService("Telephony carrier SIP trunk"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Managed speech-to-text and text-to-speech; we do not run our own speech models.
    speech = tm.add(tg.ExternalService("Speech service", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model that drives the conversation and picks tools.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="bank third-party risk review of the vendor")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS aggregator used for appointment confirmations.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Contact-centre cloud", trust=tg.Trust.INTERNAL):
    # Terminates the SIP trunk, handles the media stream and transfers calls.
    gateway = tm.add(
        tg.Service(
            "Voice gateway",
            description="Bridges call audio to the speech service and text to the voicebot.",
        )
    )
    # The LLM agent that runs each call and decides which tool to use.
    bot = tm.add(
        tg.Agent(
            "Voicebot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions and books appointments without staff involvement.",
            controls={c.CircuitBreaker(max_steps=15, note="tool calls per call, then transfer")},
        )
    )
    # Recognises existing customers so bookings attach to their customer record.
    id_tool = tm.add(
        tg.Tool(
            "Customer identification tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="calling phone number and date of birth matched to the customer record"
                )
            },
        )
    )
    # Looks up free slots and books, moves or cancels appointments.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Writes the appointment to the branch diary and sends an SMS confirmation.",
        )
    )
    # Answers opening-hours and services questions.
    branch_tool = tm.add(tg.Tool("Branch information tool", capabilities={"read"}))
    # Kept for complaint handling and to tune the bot's prompts.
    transcript_store = tm.add(tg.DataStore("Call transcript store", stores={transcripts}))
    # Reference data on branches, maintained by the branch network team.
    directory = tm.add(tg.DataStore("Branch directory", stores={branch_info}))

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # System of record for customer identity and contact details.
    crm = tm.add(
        tg.DataStore(
            "Customer CRM",
            stores={customer_record},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Diary of appointments for every branch, shared by the branches.
    diary = tm.add(
        tg.DataStore(
            "Branch appointment diary",
            stores={appointments},
            controls={
                c.RBAC(note="branch staff see their own branch's diary"),
                c.Authentication(method="bank staff SSO with MFA"),
            },
        )
    )
    # Branch staff prepare for and run the appointments.
    staff = tm.add(tg.Actor("Branch staff", role="branch adviser"))

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Human fallback for calls the bot cannot complete.
    adviser = tm.add(tg.Actor("Contact-centre adviser", role="contact-centre adviser"))

# ---------------------------------------------------------------- flows
tm.flow(caller, carrier, caller_audio, protocol="pstn")
tm.flow(carrier, caller, bot_audio, protocol="pstn")
tm.flow(carrier, gateway, caller_audio, caller_number, protocol="sip-tls")
tm.flow(gateway, carrier, bot_audio, protocol="sip-tls")

tm.flow(gateway, speech, caller_audio, bot_reply, protocol="https")
tm.flow(speech, gateway, utterance, bot_audio, protocol="https")

tm.flow(gateway, bot, utterance, caller_number)
tm.flow(bot, gateway, bot_reply)
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, llm_completion, protocol="https")

tm.flow(bot, id_tool, id_check)
tm.flow(id_tool, bot, id_result)
tm.flow(id_tool, crm, caller_number, label="customer lookup", protocol="https")
tm.flow(crm, id_tool, customer_record, protocol="https")

tm.flow(bot, booking_tool, booking_call)
tm.flow(booking_tool, bot, booking_result)
tm.flow(booking_tool, diary, appointments, label="book, move or cancel", protocol="https")
tm.flow(diary, booking_tool, appointments, label="free slots", protocol="https")
tm.flow(booking_tool, sms, confirmation_sms, protocol="https")
tm.flow(sms, caller, confirmation_sms, protocol="sms")

tm.flow(bot, branch_tool, branch_query)
tm.flow(branch_tool, bot, branch_info)
tm.flow(directory, branch_tool, branch_info)

tm.flow(bot, transcript_store, transcripts)
tm.flow(gateway, adviser, handoff, label="transfer to adviser")

tm.flow(diary, staff, appointments, protocol="https")
tm.flow(staff, diary, appointments, label="updates and no-shows", protocol="https")

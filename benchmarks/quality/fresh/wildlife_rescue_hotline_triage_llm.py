"""Wildlife rescue charity: hotline and web triage with an LLM assistant (first design).

Members of the public report injured wild animals by phone or through a web form
with photos. Calls reach us through a telephony platform that turns speech into
text and back. A triage assistant (an LLM agent on a hosted multimodal model) asks
follow-up questions, looks at the photos, gives first-aid advice from the vets'
guidance library and records the case. It then books a volunteer rescuer through
the rota SaaS, whose mobile app shares volunteers' locations, and e-mails admission
notes to the partner vet practice. Reports of birds of prey or badgers go to the
police wildlife crime unit once the hotline coordinator approves them.
Controls in this design: rate limits and upload checks on the web form, the model
vendor's safety filter, a step cap on the agent, a booking-only API key for the rota,
encrypted case storage, and coordinator approval of police referrals.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wildlife rescue hotline triage assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that triages public reports of injured wildlife, "
    "advises first aid and dispatches volunteer rescuers.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Public animal report",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Caller's answers: species, injuries, where the animal is, name and phone.",
)
photos = tg.Data(
    "Uploaded animal photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos; may show people, houses and carry GPS metadata.",
)
advice = tg.Data(
    "First-aid advice reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Questions and handling advice spoken or shown to the reporter.",
)
llm_prompt = tg.Data("Assistant prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "First-aid guidance",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species handling and first-aid sheets written by the charity's vets.",
)
case = tg.Data(
    "Rescue case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Report, photos, triage outcome, location and reporter contact.",
)
booking_req = tg.Data(
    "Rescue booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Animal location, urgency, species and reporter phone.",
)
booking_result = tg.Data(
    "Booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Assigned volunteer's first name and ETA.",
)
assignment = tg.Data("Rescue assignment", kind="records", sensitivity=tg.Sensitivity.PII)
vol_location = tg.Data(
    "Volunteer location and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
notes_call = tg.Data("Admission notes request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
admission = tg.Data(
    "Admission notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Species, condition, first aid given, finder's contact for follow-up.",
)
referral_call = tg.Data("Police referral request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Wildlife crime referral",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Case summary, location, photos and reporter details for the police.",
)
referral_ok = tg.Data("Referral approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who finds an injured animal and calls or fills in the form.
    public = tm.add(tg.Actor("Member of the public", role="reporter"))
    # Trained volunteer who collects the animal.
    volunteer = tm.add(tg.Actor("Volunteer rescuer", role="volunteer"))
    # Rota vendor's app on volunteers' own phones, sharing their location.
    volunteer_app = tm.add(tg.Device("Volunteer mobile app", description="On personal phones."))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosted phone number with speech-to-text and text-to-speech.
    telephony = tm.add(tg.ExternalService("Telephony and speech platform"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads text and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default safety filter")},
        )
    )

with tm.boundary("Rota vendor", trust=tg.Trust.PARTNER):
    # SaaS rota the charity already uses to roster volunteers.
    rota = tm.add(
        tg.ExternalService(
            "Volunteer rota system",
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )

with tm.boundary("Partner vet practices", trust=tg.Trust.PARTNER):
    # Practices that admit and treat rescued animals.
    vets = tm.add(tg.ExternalService("Partner vet practice"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # Force's wildlife crime unit, for persecution of raptors and badgers.
    police = tm.add(tg.ExternalService("Police wildlife crime unit"))

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Public report form with photo upload.
    web_form = tm.add(
        tg.Endpoint(
            "Web report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    assistant = tm.add(
        tg.Agent(
            "Triage assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Asks questions, reads photos, advises first aid, books a rescue.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Vets' first-aid and handling sheets, retrieved by species and injury.
    guidance_kb = tm.add(tg.VectorStore("First-aid guidance library", stores={guidance}))
    # All cases, photos and outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case, photos},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Creates a rescue job in the rota system.
    rota_tool = tm.add(
        tg.Tool(
            "Rescue booking tool",
            capabilities={"write", "send-messages"},
            controls={c.LeastPrivilegeTools(note="rota API key can only create rescue jobs")},
        )
    )
    # E-mails admission notes to the receiving practice.
    vet_tool = tm.add(tg.Tool("Vet admission notes sender", capabilities={"send-messages"}))
    # Drafts a referral that the coordinator approves before it is sent.
    police_tool = tm.add(
        tg.Tool(
            "Police referral tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="hotline coordinator")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Staff member who oversees cases, approves referrals and maintains guidance.
    coordinator = tm.add(tg.Actor("Hotline coordinator", role="staff"))

# ---------------------------------------------------------------- flows
# Reports in, advice out.
tm.flow(public, telephony, report, protocol="pstn", label="phone call")
tm.flow(telephony, assistant, report, protocol="https", label="transcribed speech")
tm.flow(assistant, telephony, advice, protocol="https")
tm.flow(telephony, public, advice, protocol="pstn", label="spoken reply")
tm.flow(public, web_form, report, photos, protocol="https")
tm.flow(web_form, assistant, report, photos)
tm.flow(assistant, web_form, advice)
tm.flow(web_form, public, advice, protocol="https")

# The agent's reasoning loop.
tm.flow(guidance_kb, assistant, guidance, label="retrieved first-aid sheets")
tm.flow(assistant, guidance_kb, report, label="similarity query")
tm.flow(assistant, llm, llm_prompt, photos, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, case_db, case, photos)
tm.flow(case_db, assistant, case)

# Booking a volunteer.
tm.flow(assistant, rota_tool, booking_req)
tm.flow(rota_tool, rota, booking_req, protocol="https")
tm.flow(rota, rota_tool, booking_result, protocol="https")
tm.flow(rota_tool, assistant, booking_result)
tm.flow(rota, volunteer_app, assignment, protocol="https")
tm.flow(volunteer_app, rota, vol_location, protocol="https")
tm.flow(volunteer, volunteer_app, vol_location)
tm.flow(volunteer_app, volunteer, assignment)

# Vets and police.
tm.flow(assistant, vet_tool, notes_call)
tm.flow(vet_tool, vets, admission, protocol="smtp+starttls")
tm.flow(assistant, police_tool, referral_call)
tm.flow(coordinator, police_tool, referral_ok, protocol="https", label="approves referral")
tm.flow(police_tool, police, referral, protocol="smtp+starttls")

# Staff oversight.
tm.flow(case_db, coordinator, case, protocol="https", label="case dashboard")
tm.flow(coordinator, guidance_kb, guidance, protocol="https", label="publishes vet-approved sheets")

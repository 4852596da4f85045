"""Municipal crematorium booking portal and family liaison chatbot: the first design.

The council's crematorium takes cremation bookings from funeral directors through a
web portal: they sign in, pick a free chapel slot, enter the deceased's and the
applicant's details and upload the statutory cremation forms. Bereaved families use
a chatbot on the council website to ask about services, fees and ashes collection.
The chatbot is an LLM agent on a hosted model API; it answers from an index of the
crematorium's published guidance, and can look up a booking's status when the family
gives the booking reference and the family surname. Bereavement services staff work
the paperwork and authorisations in a back-office app on the council network; the
portal e-mails confirmations through the council's e-mail provider.
Controls: funeral director accounts with e-mail and password, council SSO with MFA,
role-based access and audit logs for staff, TLS, a WAF rate limit on the chat,
database encryption, a read-only lookup tool and the council's vendor assessment.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crematorium booking and family liaison chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Slot booking for funeral directors and a question-answering chatbot for bereaved families.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Cremation booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Slot, deceased's name and dates, applicant and next-of-kin contacts, service wishes.",
)
slot_availability = tg.Data(
    "Slot availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_record = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The booking with its reference, family surname, status and ashes instructions.",
)
cremation_forms = tg.Data(
    "Cremation forms",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Application for cremation, medical certificates with cause of death, scanned PDFs.",
)
authorisation = tg.Data(
    "Cremation authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The medical referee's and officer's sign-off recorded against the booking.",
)
fd_credentials = tg.Data(
    "Funeral director sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
family_question = tg.Data("Family question", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved guidance and lookup results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Crematorium services and fees guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published pages on services, fees, chapel use and ashes collection.",
)
lookup_call = tg.Data(
    "Booking lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference and family surname given in the chat.",
)
lookup_result = tg.Data(
    "Booking status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Service date and time, chapel, ashes status and collection arrangements.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Funeral directors book on families' behalf and submit the forms.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))
    # Bereaved relatives, anonymous on the public website.
    family = tm.add(tg.Actor("Bereaved family member", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the chatbot.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="council procurement and DPIA of the vendor")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to funeral directors.
    email = tm.add(tg.ExternalService("Council e-mail delivery service"))

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # Funeral directors' booking site.
    portal = tm.add(
        tg.Endpoint(
            "Funeral director booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Backend of the chat widget on the council website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30, note="council WAF per IP")},
        )
    )
    # Answers families; decides when to search the guidance or look a booking up.
    chatbot = tm.add(
        tg.Agent(
            "Family liaison chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers directly to families; no person reviews answers before they are sent.",
        )
    )
    # Lets the chatbot read one booking's status by reference and surname.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            description="Returns the booking whose reference and family surname both match.",
            controls={
                tg.controls.LeastPrivilegeTools(note="read-only database view of booking status")
            },
        )
    )
    # Searchable copy of the published guidance.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance}))
    # Keeps every conversation for quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Council records zone", trust=tg.Trust.RESTRICTED):
        # The crematorium's booking register: the system of record for slots and bookings.
        register = tm.add(
            tg.DataStore(
                "Cremation booking register",
                stores={booking_record, slot_availability, fd_credentials},
                controls={
                    tg.controls.EncryptionAtRest(
                        key_management="database TDE, council-managed keys"
                    )
                },
            )
        )
        # Uploaded statutory forms and the authorisations recorded on them.
        forms_store = tm.add(
            tg.DataStore(
                "Cremation forms store",
                stores={cremation_forms, authorisation},
                controls={tg.controls.EncryptionAtRest(key_management="storage account keys")},
            )
        )

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Bereavement services officers who check paperwork and authorise cremations.
    staff = tm.add(tg.Actor("Bereavement services officer", role="crematorium staff"))
    # Staff's view of bookings and forms.
    back_office = tm.add(
        tg.Service(
            "Crematorium back-office app",
            controls={
                tg.controls.Authentication(method="council SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

# Funeral directors book and upload forms.
tm.flow(
    funeral_director,
    portal,
    fd_credentials,
    booking_request,
    cremation_forms,
    protocol="https",
    controls={tls},
)
tm.flow(
    portal,
    funeral_director,
    slot_availability,
    booking_confirmation,
    protocol="https",
    controls={tls},
)
tm.flow(portal, register, booking_request, fd_credentials, protocol="sql")
tm.flow(register, portal, slot_availability, booking_record, protocol="sql")
tm.flow(portal, forms_store, cremation_forms, protocol="https")
tm.flow(portal, email, booking_confirmation, protocol="https", controls={tls})
tm.flow(email, funeral_director, booking_confirmation, protocol="smtp")

# Families ask the chatbot.
tm.flow(family, chat_endpoint, family_question, protocol="https", controls={tls})
tm.flow(chat_endpoint, family, chat_answer, protocol="https", controls={tls})
tm.flow(chat_endpoint, chatbot, family_question)
tm.flow(chatbot, chat_endpoint, chat_answer)
tm.flow(chatbot, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, chatbot, llm_completion, protocol="https", controls={tls})
tm.flow(chatbot, guidance_index, family_question, label="similarity search")
tm.flow(guidance_index, chatbot, guidance, label="retrieved guidance")
tm.flow(chatbot, lookup_tool, lookup_call)
tm.flow(lookup_tool, register, lookup_call, protocol="sql")
tm.flow(register, lookup_tool, booking_record, protocol="sql")
tm.flow(lookup_tool, chatbot, lookup_result)
tm.flow(chatbot, transcript_store, transcripts)

# Staff handle paperwork and authorisations.
tm.flow(staff, back_office, authorisation, protocol="https", controls={tls})
tm.flow(back_office, staff, booking_record, cremation_forms, protocol="https", controls={tls})
tm.flow(forms_store, back_office, cremation_forms)
tm.flow(back_office, forms_store, authorisation)
tm.flow(back_office, register, booking_record, label="status and ashes updates")
tm.flow(register, back_office, booking_record)
tm.flow(staff, guidance_index, guidance, label="publishes updated fees and service pages")

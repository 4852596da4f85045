"""Hair salon booking and style chatbot: the first design, before any security review.

Customers of a chain of UK and EU hair salons chat with an assistant on the salon
website. The assistant, an LLM agent built on a hosted chat model, answers price
questions, checks availability and books appointments through a booking tool that
calls the salon booking service. Customers can upload a selfie; a style tool sends
it with their wishes to a hosted image model and returns suggested looks. Selfies and
suggestions are kept in a photo bucket so that the stylist can see them, with the
booking, on the salon tablet. A deposit is taken through the payment provider's hosted
checkout page, and the provider calls our booking service back when it is paid.
Controls so far: rate limits and an SMS one-time code on the chat API, a step limit on
the agent, the model vendor's safety filter, encrypted photo storage and a staff PIN
on the tablet app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hair salon booking and style chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chatbot that books appointments, quotes prices and suggests styles "
        "from customer selfies, with deposits through a payment provider."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
selfie = tg.Data(
    "Customer selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability, prices and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Free slots, the price list and, once booked, the deposit checkout link.",
)
style_call = tg.Data("Style request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
style_images = tg.Data("Suggested style images", kind="media", sensitivity=tg.Sensitivity.PII)
style_result = tg.Data("Style suggestions", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Customer bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, service, stylist, time, notes and deposit status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
prices = tg.Data("Service price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
checkout = tg.Data(
    "Deposit checkout request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking id, deposit amount and customer e-mail.",
)
paid = tg.Data("Deposit paid notification", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
booking_update = tg.Data("Booking changes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the salon website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="salon customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes deposits on its hosted checkout page; card data never reaches us.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The chat model the assistant runs on.
    chat_llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default safety filter")},
        )
    )
    # Generates the customer's face with suggested haircuts and colours.
    image_model = tm.add(
        tg.Model(
            "Hosted image model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Salon cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget; also takes selfie uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="one-time code by SMS to the customer's phone, to manage bookings"
                ),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tool to call.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Lets the assistant look up prices and slots and create or move bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Sends the selfie to the image model and saves the suggestions.
    style_tool = tm.add(tg.Tool("Style suggestion tool", capabilities={"read", "network-egress"}))
    # The salon chain's booking system: diary, price list, deposits.
    booking_service = tm.add(tg.Service("Salon booking service"))
    # Bookings, customers and the price list.
    bookings_db = tm.add(tg.DataStore("Bookings database", stores={bookings, prices}))
    # Object bucket for selfies and generated style images.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={selfie, style_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )

with tm.boundary("Salon floor", trust=tg.Trust.INTERNAL):
    # Shared tablet in each salon showing the day's bookings and the customer's photos.
    tablet = tm.add(
        tg.Device(
            "Stylist tablet",
            description="Android tablet running the salon app.",
            controls={c.Authentication(method="shared staff PIN on the salon app")},
        )
    )
    # Sees bookings and photos, moves appointments.
    stylist = tm.add(tg.Actor("Stylist", role="salon staff"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(customer, chat_api, message, selfie, protocol="https")
tm.flow(chat_api, customer, reply, style_images, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, photo_bucket, selfie, label="selfie upload")
tm.flow(assistant, chat_llm, prompt, protocol="https")
tm.flow(chat_llm, assistant, completion, protocol="https")

# booking
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, booking_service, booking_call, protocol="https")
tm.flow(booking_service, booking_tool, booking_result, protocol="https")
tm.flow(booking_service, bookings_db, bookings)
tm.flow(bookings_db, booking_service, bookings, prices)

# style suggestions
tm.flow(assistant, style_tool, style_call)
tm.flow(photo_bucket, style_tool, selfie)
tm.flow(style_tool, image_model, selfie, style_call, protocol="https")
tm.flow(image_model, style_tool, style_images, protocol="https")
tm.flow(style_tool, photo_bucket, style_images)
tm.flow(style_tool, assistant, style_result)
tm.flow(photo_bucket, chat_api, style_images, label="show suggestions")

# deposits
tm.flow(booking_service, payments, checkout, protocol="https")
tm.flow(customer, payments, card, protocol="https", label="hosted checkout page")
tm.flow(payments, booking_service, paid, protocol="https", label="payment webhook")

# salon floor
tm.flow(booking_service, tablet, bookings, protocol="https")
tm.flow(photo_bucket, tablet, selfie, style_images, protocol="https")
tm.flow(tablet, booking_service, booking_update, protocol="https")
tm.flow(tablet, stylist, bookings, selfie, style_images)
tm.flow(stylist, tablet, booking_update)

PRICES = {"a": (2.50, 10.00), "b": (0.15, 0.60)}
def cost(model, m_in, m_out=0):
    p_in, p_out = PRICES[model]
    if m_in <= 0:
        return 0
    return m_in * p_in + m_out * p_out
for name, (p_in, p_out) in PRICES.items():
    print(f"{name:4s} {cost(name, 120, m_out=30):,.2f} {p_in / p_out:.1%}")
print("{} costs {:.2f}".format("tea", 3.456), sum(d * 48 for d in [1080, 760]), 7 // 2, 2 ** -2)
